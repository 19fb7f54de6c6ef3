## Las páginas públicas del plan: el plan, un eje, una medida, los trimestres.
plan-pages-intro = El plan regional de inclusión digital, de { $first } a { $last }. Tiene { $axes } ejes y { $measures } medidas. Para cada medida, puede ver qué hay que hacer, para cuándo y cómo va.
plan-pages-approved = Aprobado por el comité de dirección el { $date } (versión { $number }).
plan-pages-not-approved = El comité de dirección todavía no ha aprobado ninguna versión del plan.
plan-pages-changes-since = { $count ->
    [one] Desde entonces, ha cambiado 1 elemento del plan.
   *[other] Desde entonces, han cambiado { $count } elementos del plan.
}
plan-pages-no-changes-since = Desde entonces no ha cambiado nada.
plan-pages-quarters-link = Los entregables trimestre a trimestre
plan-pages-budget-link = El presupuesto del plan
plan-pages-csv-link = Descargar todos los entregables (archivo CSV)
plan-pages-axes-title = Los ejes y sus medidas
plan-pages-axis-name = Eje { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Todavía no hay ningún entregable.
    [one] 1 entregable —
   *[other] { $count } entregables —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Fuera de plazo
plan-pages-overdue-count = Fuera de plazo: { $count }
plan-pages-owner = Responsable: { $name }
plan-pages-due = Plazo: { $quarter }
plan-pages-no-deliverables = Todavía no hay ningún entregable.
plan-pages-deliverables-title = Los entregables
plan-pages-measures-title = Las medidas
plan-pages-budget-title = El presupuesto
plan-pages-all-plan = Todo el plan
plan-pages-field-year = Año
plan-pages-all-years = Todos los años
plan-pages-show = Mostrar
plan-pages-axis-label = Eje
plan-pages-owners = Dirigido por
plan-pages-partners = Socios
plan-pages-publics = Para quién
plan-pages-nobody = Todavía nadie
plan-pages-actions-title = Las acciones
plan-pages-no-actions = No hay acciones detalladas.
plan-pages-evidence-title = Las pruebas en Passerelle
plan-pages-evidence-intro = Estas páginas de Passerelle muestran el trabajo hecho para esta medida.
plan-pages-no-evidence = Passerelle todavía no tiene ninguna página pública para esta medida.
plan-pages-area-label = El sello de los espacios públicos digitales (EPN)
plan-pages-area-label-list = La lista de los EPN con sello
plan-pages-label-count = { $count ->
    [0] Todavía ningún EPN tiene el sello.
    [one] Hoy, 1 EPN tiene el sello.
   *[other] Hoy, { $count } EPN tienen el sello.
}
plan-pages-area-survey = Los resultados de la encuesta a los visitantes ({ $edition })
plan-pages-area-figures = Las cifras de visitas y de actividad
plan-pages-area-sessions = Talleres y cursos
plan-pages-area-directory = Encontrar ayuda digital cerca de usted
plan-pages-area-diagnostic = La autoevaluación para saber qué ayuda le conviene
plan-pages-quarters-title = Los entregables trimestre a trimestre
plan-pages-quarters-intro = Para cada trimestre del plan: lo que hay que entregar y cómo va. «Fuera de plazo» quiere decir que el trimestre ha terminado y el entregable no está hecho.
plan-pages-quarter-count = { $count ->
    [one] 1 entregable
   *[other] { $count } entregables
}
plan-pages-quarter-empty = No hay nada previsto para este trimestre.
plan-pages-current-quarter = este trimestre
plan-pages-opendata-title = El plan y sus entregables
plan-pages-opendata-text = Los ejes y las medidas del plan, con lo que hay que entregar y cómo va, también en un archivo CSV:
plan-pages-opendata-link = La página del plan
plan-pages-budget-plan-link = Las medidas del plan y sus entregables
