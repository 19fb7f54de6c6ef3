# Textos de la interfaz de Passerelle (español). Lenguaje claro: frases cortas, palabras de todos los días.

site-name = Ayuda digital cerca de usted
skip-to-content = Ir al contenido
languages = Idiomas
footer-text = Un servicio público gratuito de la Región. Los espacios públicos digitales ayudan a todo el mundo a usar el ordenador e internet.
all-communes = Todos los municipios
back-home = Volver a la página de inicio
breadcrumb = Usted está aquí

## Home
home-title = Encuentre ayuda digital cerca de usted
search-label = ¿Dónde vive?
search-hint = Escriba su código postal, su municipio o el nombre de un lugar. Ejemplo: 1080
near-me = Usar mi ubicación
near-me-wait = Buscando su ubicación…
near-me-error = No hemos podido encontrar su ubicación. Escriba su código postal.
search-button = Buscar
home-what-title = ¿Qué es un espacio público digital (EPN)?
home-what-epn = Un espacio público digital (EPN) es un lugar donde puede usar un ordenador e internet. Allí hay una persona para ayudarle.
home-free = La ayuda es gratuita o muy barata. Puede aprender a usar un teléfono, un ordenador o los formularios en línea.
home-call = No en todos los lugares hace falta pedir cita. Si tiene dudas, llame antes al lugar.

## Results
results-title-all = Todos los lugares
results-title-near = Ayuda digital cerca de { $place }
results-title-position = Ayuda digital cerca de su ubicación
results-title-text = Lugares para «{ $text }»
results-count = { $count ->
    [0] Ningún lugar
    [one] 1 lugar
   *[other] { $count } lugares
}
results-none = No hemos encontrado ningún lugar. Revise cómo lo ha escrito, pruebe con su código postal o quite un filtro.
results-none-communes = Ver la lista de municipios
search-error-title = No hemos entendido esta búsqueda
search-error-text = Hay algo que no está bien en la dirección de esta página. Escriba de nuevo su búsqueda, por favor.
filters-title = Filtros
filters-only = Mostrar solo
filters-apply = Ver los resultados
filter-any = Todos
filter-service = Servicio
filter-public = Para quién
filter-language = Idioma hablado
filter-open_now = Abierto ahora
filter-free = Gratis
filter-wheelchair = Acceso en silla de ruedas
filter-labelled = Espacios públicos digitales con sello
pagination = Páginas
page-previous = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }
distance-km = a { $km } km
distance-km-approximate = a unos { $km } km
mobile-place = Itinerante: va adonde está usted

## Opening hours
open-now = Abierto ahora
open-until = Abierto ahora, hasta las { $time }
opens-today = Cerrado ahora. Abre hoy a las { $time }
opens-tomorrow = Cerrado ahora. Abre mañana a las { $time }
opens-on = Cerrado ahora. Abre el { $day } a las { $time }
closed-this-week = Cerrado esta semana
hours-unknown = Horario desconocido: llame antes
hours-unreadable = No podemos leer el horario: llame antes de ir
hours-mobile = Itinerante: llame para saber dónde y cuándo
hours-as-written = Horario tal como está escrito:
hours-title = Horario
hours-table-caption = Horario de los próximos 7 días
hours-on-request = con cita previa o por confirmar
today = hoy
closed = Cerrado
weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo

## Place page
run-by = Gestionado por
kind-epn = Espacio público digital (EPN)
kind-project = Proyecto de inclusión digital
kind-other = Ayuda digital
badge-labelled = Espacio público digital con sello
how-to-come = Dónde está
mobile-explained = Es un servicio itinerante. Va adonde está la gente. Llame para saber dónde estará.
address-unknown = Todavía no conocemos la dirección
location-approximate = No conocemos la dirección exacta: las distancias se miden desde el centro del municipio.
contact-title = Cómo contactar
contact-unknown = Todavía no tenemos un número de teléfono ni un correo electrónico de este lugar.
phone = Teléfono:
email = Correo electrónico:
website = Sitio web:
services = Servicios
publics = Para quién
languages-spoken = Idiomas hablados
accessibility = Accesibilidad
price = Precio
equipment = Equipamiento
computers-count = { $count ->
    [one] 1 ordenador
   *[other] { $count } ordenadores
}
tablets-count = { $count ->
    [one] 1 tableta
   *[other] { $count } tabletas
}
last-update = Última actualización:

## Communes
communes-title = Municipios
postcodes = Códigos postales:
commune-empty = Todavía no conocemos ningún lugar en este municipio. Busque con su código postal para ver los lugares cercanos.
commune-search-near = Ver los lugares cercanos, también en otros municipios

## Errors
not-found-title = Página no encontrada
not-found-text = Esta página no existe o ha cambiado de sitio.
unauthorized-title = Inicie sesión para ver esta página
unauthorized-text = Esta página forma parte del espacio de gestión. Inicie sesión con su cuenta y después ábrala de nuevo.
server-error-title = Algo ha salido mal
server-error-text = No se ha podido mostrar la página. No es culpa suya. Vuelva a intentarlo dentro de un momento.
server-error-reference = Si vuelve a pasar, dé este código a la coordinación:

## Dates
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Translations
translation-not-reviewed = Esta traducción todavía no ha sido revisada por una persona de lengua materna española. Puede contener errores.
languages-more = Otros idiomas
