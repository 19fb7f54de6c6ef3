# El informe anual: la página pública y el PDF.

## Informe
annual-title = Informe anual { $year } — { $plan }
annual-list-title = Informes anuales
annual-list-intro = Cada año, la coordinación del { $plan } informa de lo que se ha hecho. Las cifras vienen de los datos de este sitio, siempre al día.
annual-year-link = Informe { $year }
annual-date-line = Cifras del { $date }
annual-contents = Índice
annual-page = Página
annual-pdf = Descargar el informe (PDF)
annual-plan-link = Ver el plan
annual-intro = Introducción
annual-conclusion = Conclusión
annual-annex = Anexo: el presupuesto del año
annual-axis-title = Eje { $number }: { $name }
annual-measure-title = Medida { $number }: { $name }
annual-not-written = El texto de esta parte todavía no está escrito.
annual-no-text-in-language = Todavía no hay ningún texto de este informe publicado en este idioma. Las cifras están más abajo.
annual-preview-note = Vista previa: se muestran los textos que se están escribiendo. El informe público solo muestra los textos publicados.
annual-see-also = Cifras de esta parte:
annual-separator = {", "}
annual-figure-source = De dónde viene «{ $title }»
annual-figure-source-pdf = Fuente: { $url }
annual-no-commune = Municipio desconocido
annual-fig-label = Espacios públicos digitales con sello, por municipio
annual-fig-funded = Proyectos financiados este año, por municipio
annual-fig-refurbished = Ordenadores reacondicionados entregados este año
annual-fig-budget = Presupuesto del año, por eje
annual-dim-commune = Municipio
annual-dim-axis = Eje
annual-col-labelled = Con sello hoy
annual-col-granted-in-year = Sello obtenido este año
annual-col-projects = Proyectos
annual-col-amount = Importe
annual-col-planned = Previsto
annual-col-actual = Gastado

## Otras cifras del año
annual-fig-label-decisions = Decisiones sobre el sello este año
annual-dim-decision = Decisión
annual-col-decisions = Decisiones
annual-dim-what = Qué
annual-col-number = Número
annual-sessions-held = Sesiones realizadas
annual-sessions-cancelled = Sesiones anuladas
annual-sessions-seats = Plazas ofrecidas
annual-sessions-booked = Plazas reservadas
annual-fig-orders = Material pedido por los EPN con sello este año
annual-col-orders = Pedidos
annual-fig-budget-sources = Presupuesto del año, por fuente de financiación
annual-dim-source = Fuente de financiación
annual-fig-budget-measures = Gastos del año, por medida
annual-dim-measure = Medida
annual-col-plan-spent = Gastado de las fuentes del plan
annual-col-other-spent = Gastado de otras fuentes
annual-axis-whole = { $axis }: para todo el eje
