# Passerelle – rótulos do vocabulário (serviços, públicos, línguas, acessibilidade, preços), em português.
# Rótulos curtos e simples, mostrados como etiquetas nas fichas dos locais.

## Services

service-free-access = Uso livre de computadores
service-internet-access = Internet e wi-fi
service-assisted-access = Ajuda individual
service-training = Cursos e oficinas
service-online-procedures = Ajuda com formulários na internet
service-printing = Imprimir e digitalizar
service-equipment = Pedir emprestado ou receber um aparelho
service-repair = Reparação de aparelhos
service-coding-kids = Programação e robôs para crianças
service-job-search = Ajuda para encontrar trabalho
service-online-safety = Segurança na internet
service-parenting = Pais e ecrãs
service-awareness = Compreender o mundo digital

## Audiences

public-adults = Adultos
public-job-seekers = Pessoas à procura de emprego
public-young-people = Jovens
public-children = Crianças
public-seniors = Pessoas idosas
public-people-with-disabilities = Pessoas com deficiência
public-precarity = Pessoas em situação difícil
public-women = Mulheres
public-families = Famílias
public-students = Estudantes
public-newcomers = Recém-chegados

## Languages

language-fr = Francês
language-nl = Neerlandês
language-en = Inglês
language-ar = Árabe
language-tr = Turco
language-ro = Romeno
language-sq = Albanês
language-pl = Polaco
language-pt = Português
language-es = Espanhol
language-de = Alemão
language-it = Italiano
language-ru = Russo
language-uk = Ucraniano
language-ber = Berbere (tamazight)
language-bg = Búlgaro
language-so = Somali

## Accessibility

accessibility-wheelchair = Acessível em cadeira de rodas
accessibility-adapted-equipment = Equipamento adaptado
accessibility-sign-language = Língua gestual
accessibility-hearing-loop = Anel magnético para aparelhos auditivos
accessibility-easy-read = Leitura fácil
accessibility-visual-impairment = Ajuda para pessoas cegas e com baixa visão

## Prices

price-free = Gratuito
price-symbolic = Preço simbólico
price-paid = Pago
