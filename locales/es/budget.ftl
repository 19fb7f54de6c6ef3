# El presupuesto del plan: espacio de gestión (tablas, comprobaciones, registro contable, entrada, importación) y página pública.
budget-nav-link = Presupuesto
budget-nav = Páginas del presupuesto
budget-title = Presupuesto del plan
budget-intro = El presupuesto del { $plan }, calculado a partir de las filas del registro contable: lo previsto, lo gastado y cada total declarado que no coincide con sus líneas.
budget-tables-link = Tablas y comprobaciones
budget-ledger-link = Registro contable
budget-new-row-link = Introducir una fila
budget-import-link = Importar una hoja de cálculo
budget-public-link = Página pública
budget-show = Mostrar
budget-year-title = Año { $year }
budget-planned-title = Presupuesto previsto
budget-actual-title = Gasto real
budget-measures-title = Por medida y acción
budget-downloads-title = Descargas
budget-download-ledger-csv = Filas del registro contable de { $year } (CSV)
budget-download-rows-csv = Estas filas (CSV)
budget-download-xlsx = Tablas de { $year } con la forma del informe (XLSX)
budget-download-datapackage = Datos abiertos: el presupuesto como Data Package (ZIP de archivos CSV)
budget-planned-caption = Presupuesto previsto { $year } por eje y fuente de financiación, en euros
budget-actual-caption = Gasto real { $year } de las fuentes del plan por eje, en euros
budget-variance-caption = Previsto y real { $year } por eje y fuente, con la diferencia y su proporción, en euros
budget-other-caption = Gasto real { $year } del otro presupuesto del centro informático por eje, en euros
budget-measures-caption = Presupuesto { $year } por medida y acción, en euros
budget-axis = Eje
budget-source = Fuente
budget-measure = Medida
budget-total = Total
budget-axis-total = Total del eje
budget-planned = Previsto
budget-actual = Real
budget-actual-plan = Gastado (plan)
budget-actual-other = Gastado (otro presupuesto)
budget-difference = Diferencia
budget-share = Proporción
budget-no-share = no calculada (no había nada previsto)
budget-measure-name = Medida { $number } – { $name }
budget-axis-other-lines = { $axis }: líneas sin medida
budget-line-unspecified = Sin acción
budget-sources-all = todas las fuentes
budget-sources-plan = las fuentes del plan
budget-sources-other = el otro presupuesto
budget-checks-title = Comprobaciones de coherencia
budget-checks-none = Cada total declarado es igual a la suma de sus líneas.
budget-checks-count = { $count ->
    [one] Un total declarado no coincide con la suma de sus líneas.
   *[other] { $count } totales declarados no coinciden con la suma de sus líneas.
}
budget-checks-caption = Totales declarados { $year } que no coinciden con sus líneas, en euros
budget-check-where = Total declarado
budget-check-declared = Declarado
budget-check-computed = Suma de las líneas
budget-phase-budget = Presupuesto
budget-phase-revised = Presupuesto revisado
budget-phase-commitment = Compromiso de gasto
budget-phase-actual = Gasto real
budget-field-year = Año
budget-field-phase = Fase
budget-field-source = Fuente de financiación
budget-field-axis = Eje
budget-field-measure = Medida
budget-field-action = Acción
budget-field-date = Fecha
budget-field-supplier = Proveedor
budget-field-invoice = Referencia de la factura
budget-field-label = Descripción
budget-field-amount = Importe con IVA (euros)
budget-field-note = Nota
budget-field-reason = Motivo
budget-problem-missing = { $field }: es obligatorio.
budget-problem-unknown = { $field }: «{ $value }» no es del plan. Elija uno de la lista.
budget-problem-not-under = { $field }: no forma parte del eje o de la medida elegidos. Elija uno que dependa de ellos, o déjelo vacío.
budget-problem-year-outside = { $field }: indique un año del plan, de { $first } a { $last }.
budget-problem-not-a-year = { $field }: indique un año de cuatro cifras, de { $first } a { $last }.
budget-problem-date-outside = { $field }: la fecha debe estar dentro del año de la fila.
budget-problem-not-a-date = { $field }: indique una fecha en formato día/mes/año, por ejemplo 15/03/2021.
budget-problem-amount-missing = { $field }: indique un importe en euros, por ejemplo 1 250,50.
budget-problem-amount-not-an-amount = { $field }: escriba un importe en euros con cifras, por ejemplo 1 250,50.
budget-problem-amount-decimals = { $field }: dos decimales como máximo (céntimos), por ejemplo 42 320,96.
budget-problem-amount-ambiguous = { $field }: ¿son miles o tres decimales? Escriba 1 234,00 para mil doscientos treinta y cuatro euros, o ponga dos decimales como máximo.
budget-problem-amount-negative = { $field }: un importe negativo solo es posible en un presupuesto revisado. Para corregir una fila, anúlela.
budget-problem-amount-too-large = { $field }: el importe es demasiado grande (debe ser inferior a mil millones de euros).
budget-problem-too-long = { $field }: { $max } caracteres como máximo.
budget-ledger-title = Registro contable del presupuesto
budget-ledger-intro = Una fila por cada movimiento de dinero. Una fila nunca se modifica: un error se anula con una nueva fila, con un motivo.
budget-ledger-caption = { $count ->
    [one] Una fila del registro contable, la más reciente primero
   *[other] { $count } filas del registro contable, las más recientes primero
}
budget-ledger-empty = Ninguna fila corresponde a estos filtros.
budget-filters-title = Filtrar las filas
budget-filter = Filtrar
budget-filter-any = Todos
budget-where = Eje, medida, acción
budget-amount-euros = Importe (€)
budget-row-is-reversal = (anulación)
budget-row-is-reversed = (anulada)
budget-row-title = Fila del registro contable: { $label }
budget-row-number = Fila { $id }
budget-row-saved = La fila se ha guardado en el registro contable.
budget-row-reversal-saved = La anulación se ha guardado: esta nueva fila anula la fila original.
budget-none = —
budget-none-choice = (ninguno)
budget-origin = Introducida por
budget-origin-form = formulario
budget-origin-import = importación de hoja de cálculo
budget-origin-demo = datos de demostración
budget-created = Introducida el
budget-reverses = Anula
budget-reversed-by = Anulada por
budget-reverse-title = Anular esta fila
budget-reverse-intro = Una fila nunca se modifica. Al anularla se añade una nueva fila con el importe contrario y con su motivo; las dos se quedan en el registro contable.
budget-reverse-reason-hint = ¿Por qué se anula esta fila? Por ejemplo: introducida dos veces, medida equivocada.
budget-reverse-button = Anular la fila
budget-reverse-refused-title = Esta fila no se puede anular
budget-reverse-refused-text = Ya está anulada o es ella misma una anulación.
budget-back-to-row = Volver a la fila
budget-new-row-title = Introducir una fila en el registro contable
budget-new-row-intro = Los campos con lista usan los ejes, las medidas y las acciones del plan. El eje puede quedar vacío cuando se elige una medida.
budget-phase-hint = El presupuesto y el presupuesto revisado prevén el dinero; el compromiso de gasto y el gasto real lo gastan.
budget-axis-hint = Déjelo vacío para usar el eje de la medida.
budget-measure-hint = Opcional; elíjala para contar la fila en una medida.
budget-action-hint = Opcional; una acción de la medida elegida.
budget-date-hint = Opcional; dentro del año de la fila.
budget-label-hint = Para qué es el dinero, tal como aparecerá en las tablas.
budget-amount-hint = En euros con IVA, por ejemplo 42 320,96 o 42320.96. Negativo solo en un presupuesto revisado.
budget-reason-hint = Obligatorio en un presupuesto revisado: por qué cambia el presupuesto.
budget-save-row = Guardar la fila
budget-overspend-title = Esta fila supera su presupuesto
budget-overspend-text = Con ella, esta línea supera su presupuesto: { $where }.
budget-overspend-budget = Presupuesto de la línea:
budget-overspend-after = Con esta fila:
budget-overspend-beyond = Supera el presupuesto en:
budget-overspend-choice = Guárdela de todos modos si es correcto, o cambie la fila y vuelva a comprobarla.
budget-overspend-confirm = Guardar de todos modos
budget-check-again = Volver a comprobar
budget-public-title = Presupuesto del plan
budget-public-intro = El presupuesto del { $plan }: lo previsto por eje, fuente de financiación y medida.
budget-actuals-not-public = El gasto real de este plan no se publica.
budget-summary-planned = Presupuesto previsto { $year }
budget-summary-spent = Gastado en { $year }
budget-summary-link = Todo el presupuesto del plan
budget-import-title = Importar filas del registro contable desde una hoja de cálculo
budget-import-intro = Un archivo CSV o XLSX con una fila por movimiento de dinero y una línea de encabezados. No se escribe nada antes de que usted haya visto todos los problemas.
budget-import-step-upload = Envíe el archivo.
budget-import-step-map = Indique qué columna da cada campo (se deduce de los encabezados).
budget-import-step-preview = Vea cada fila incorrecta con su línea y después no importe nada o importe solo las filas correctas.
budget-import-file = Hoja de cálculo (CSV o XLSX)
budget-import-file-hint = Como máximo { $mb } MB; la primera línea da el nombre de las columnas.
budget-import-send = Enviar y asignar las columnas
budget-import-no-file = Hoja de cálculo: elija un archivo CSV o XLSX.
budget-import-too-large = Hoja de cálculo: el archivo ocupa más de { $mb } MB.
budget-import-empty = Hoja de cálculo: el archivo no tiene línea de encabezados o no tiene filas debajo.
budget-import-not-utf8 = Hoja de cálculo: el archivo CSV no está en UTF-8. Guárdelo como «CSV UTF-8» y envíelo de nuevo.
budget-import-csv-line = Hoja de cálculo: la línea { $line } no se puede leer (¿unas comillas sin cerrar?).
budget-import-not-workbook = Hoja de cálculo: el archivo no es un libro que se pueda abrir. Guárdelo como XLSX o CSV.
budget-import-too-many = Hoja de cálculo: { $max } filas como máximo en un archivo.
budget-import-unknown-column = { $field }: el archivo no tiene ninguna columna «{ $column }».
budget-import-gone-title = Esta importación ya no está disponible
budget-import-gone-text = El archivo se guarda una hora, para la persona que lo envió. Envíelo de nuevo.
budget-import-again = Importar un archivo
budget-import-map-title = ¿Qué columna da cada campo?
budget-import-map-intro = El archivo { $file } tiene { $columns } columnas. Las opciones de abajo se deducen de sus encabezados: revíselas.
budget-import-not-in-file = (no está en el archivo)
budget-import-columns = Columnas del archivo
budget-import-columns-hint = Un campo sin columna queda vacío en todas las filas.
budget-import-fixed = Un valor para todas las filas
budget-import-fixed-hint = Cuando el archivo no tiene columna para el año, la fase o la fuente, elíjalo aquí.
budget-import-check = Comprobar las filas
budget-import-preview-title = Revisar antes de importar
budget-import-counts = { $good ->
    [one] Una fila correcta
   *[other] { $good } filas correctas
}, { $bad ->
    [0] ninguna fila incorrecta.
    [one] una fila incorrecta.
   *[other] { $bad } filas incorrectas.
}
budget-import-problems-caption = { $count ->
    [one] Un problema, por línea del archivo
   *[other] { $count } problemas, por línea del archivo
}
budget-import-line = Línea
budget-import-field = Campo
budget-import-problem = Problema
budget-import-good-caption = Las primeras { $count } de { $total } filas correctas
budget-import-choice = Qué hacer
budget-import-all = Importar las { $count } filas
budget-import-good-only = Importar solo las { $count } filas correctas
budget-import-nothing = No importar nada: corregir el archivo y enviarlo de nuevo
budget-import-done = { $count ->
    [one] Una fila importada.
   *[other] { $count } filas importadas.
}
budget-opendata-title = El presupuesto del plan
budget-opendata-text = El presupuesto del plan —lo previsto, y lo gastado cuando la región lo publica— también es un dato abierto: sus tablas, una hoja de cálculo y un Data Package.
budget-opendata-link = La página del presupuesto
