funded-title = Proyectos financiados por las convocatorias de proyectos
funded-call-title = Proyectos financiados: { $call }
funded-intro = Los proyectos que seleccionó una convocatoria de proyectos, por municipio, con el importe que recibió cada uno.
funded-field-call = Convocatoria de proyectos
funded-all-calls = Todas las convocatorias
funded-show = Mostrar
funded-call-by = Financiado por { $funder }, gestionado por { $operator }.
funded-envelope = Presupuesto de la convocatoria:
funded-call-link = Ver la convocatoria y sus bases
funded-summary = { $count ->
    [one] 1 proyecto financiado, por un total de
   *[other] { $count } proyectos financiados, por un total de
}
funded-declared-total = El informe declara un total de
funded-declared-differs = Los importes de la lista dan una diferencia de
funded-declared-kept = Los importes se muestran tal como los da el informe, sin corregir.
funded-declared-same = Los importes de la lista suman ese total.
funded-declared-projects = El informe declara { $count } proyectos.
funded-date-note = El informe no da la fecha de la decisión: se usa el { $date }.
funded-none = No hay ningún proyecto financiado que mostrar.
funded-no-commune = Municipio no indicado
funded-commune-summary = { $count ->
    [one] 1 proyecto,
   *[other] { $count } proyectos,
}
funded-col-reference = Número
funded-col-project = Proyecto
funded-col-organisation = Organización
funded-col-call = Convocatoria
funded-col-amount = Importe (€)
funded-downloads-title = Descargar estos datos
funded-downloads-text = En el formato abierto 360Giving, que usan los financiadores para publicar sus subvenciones.
funded-download-360giving-json = 360Giving, archivo JSON
funded-download-360giving-csv = 360Giving, tabla CSV
opendata-grants-title = Subvenciones concedidas (360Giving)
opendata-grants-text = Los proyectos financiados por las convocatorias de proyectos, en el formato abierto 360Giving.
opendata-grants-link = Ver los proyectos financiados
