brochure-title = Ayuda digital cerca de usted
brochure-intro = Lugares donde le ayudan, gratis o por poco dinero, a usar un ordenador, un teléfono o internet, y a hacer sus trámites en línea.
brochure-date = Información del { $date }. Puede cambiar: la lista al día está en el sitio web.
brochure-day = Día
brochure-hours = Horas
brochure-services = Ayuda ofrecida:
brochure-languages = Idiomas:
brochure-accessibility = Accesibilidad:
brochure-phone = Teléfono:
brochure-page = Página
brochure-separator = {", "}
brochure-empty = Todavía no conocemos ningún lugar en estos municipios.
brochure-qr-alt = Código QR hacia la página de { $name }
brochure-list-title = Folletos por municipio
brochure-list-intro = Para cada grupo de municipios, la lista de lugares de ayuda digital para imprimir, siempre al día.
brochure-places = { $count ->
    [0] ningún lugar
    [one] 1 lugar
   *[other] { $count } lugares
}
brochure-pdf = PDF para imprimir
brochure-back = Todos los folletos
