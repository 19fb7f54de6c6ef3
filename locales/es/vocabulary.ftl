# Passerelle – etiquetas de los vocabularios (servicios, públicos, idiomas, accesibilidad, precios), en español.
# Etiquetas cortas y sencillas, que se muestran en las fichas de los lugares.

## Services

service-free-access = Uso libre de ordenadores
service-internet-access = Internet y wifi
service-assisted-access = Ayuda individual
service-training = Cursos y talleres
service-online-procedures = Ayuda con los trámites en línea
service-printing = Imprimir y escanear
service-equipment = Préstamo o entrega de aparatos
service-repair = Reparación de aparatos
service-coding-kids = Programación y robots para niños
service-job-search = Ayuda para buscar trabajo
service-online-safety = Seguridad en internet
service-parenting = Padres y pantallas
service-awareness = Entender el mundo digital

## Audiences

public-adults = Adultos
public-job-seekers = Personas que buscan trabajo
public-young-people = Jóvenes
public-children = Niños
public-seniors = Personas mayores
public-people-with-disabilities = Personas con discapacidad
public-precarity = Personas en situación difícil
public-women = Mujeres
public-families = Familias
public-students = Estudiantes
public-newcomers = Personas recién llegadas

## Languages

language-fr = Francés
language-nl = Neerlandés
language-en = Inglés
language-ar = Árabe
language-tr = Turco
language-ro = Rumano
language-sq = Albanés
language-pl = Polaco
language-pt = Portugués
language-es = Español
language-de = Alemán
language-it = Italiano
language-ru = Ruso
language-uk = Ucraniano
language-ber = Bereber (tamazight)
language-bg = Búlgaro
language-so = Somalí

## Accessibility

accessibility-wheelchair = Accesible en silla de ruedas
accessibility-adapted-equipment = Equipos adaptados
accessibility-sign-language = Lengua de signos
accessibility-hearing-loop = Bucle magnético
accessibility-easy-read = Lectura fácil
accessibility-visual-impairment = Ayuda para personas ciegas o con baja visión

## Prices

price-free = Gratis
price-symbolic = Precio simbólico
price-paid = De pago
