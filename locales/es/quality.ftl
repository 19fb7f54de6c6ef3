# Comprobaciones de la calidad de los datos (español).

check-postcode-not-in-commune = El código postal { $value } no pertenece al municipio de este lugar.
check-postcode-not-in-commune-todo = Pida al lugar su dirección y corrija el código postal o el municipio.
check-unknown-postcode = El código postal { $value } no es un código postal de la región.
check-unknown-postcode-todo = Corrija el código postal o pase el lugar a la región correcta.
check-probable-duplicate = Este lugar se parece a «{ $value }» (n.º { $other }).
check-probable-duplicate-todo = Si son el mismo lugar, fusiónelos; si no, haga más claros sus nombres.
check-unreadable-hours = El horario «{ $value }» no se puede leer.
check-unreadable-hours-todo = Escríbalo de nuevo con el editor de horarios (por ejemplo Mo-Fr 09:00-17:00).
check-no-contact = No hay teléfono, correo electrónico ni sitio web.
check-no-contact-todo = Añada al menos un número de teléfono, para que la gente pueda llamar antes de ir.
check-stale = Sin actualizar desde el { $value }.
check-stale-todo = Pida al lugar que confirme o actualice su información.
check-source-issue = Problema registrado en los datos de origen
check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}, { $warnings ->
    [one] 1 aviso
   *[other] { $warnings } avisos
}
severity-error = Error
severity-warning = Aviso

# El estado de sello del directorio debe basarse en un sello concedido (sello EPN).
check-labelled-without-record = Aparece como EPN con sello, pero no hay ningún sello concedido registrado para este lugar.
check-labelled-without-record-todo = Registre la decisión sobre el sello en las páginas del sello, o corrija el estado de sello del lugar.
quality-kind-labelled-without-record = Con sello, pero sin registro del sello

# Una dirección web guardada que no es http(s) nunca se publica.
check-website-not-http = La dirección web «{ $value }» no es una dirección http:// ni https://: no se muestra ni se publica.
check-website-not-http-todo = Sustitúyala por la dirección web completa del lugar, que empiece por https:// (o http://), o bórrela.
quality-kind-website-not-http = Dirección web que no es http(s)
quality-kind-postcode-not-in-commune = Código postal de otro municipio
quality-kind-unknown-postcode = Código postal desconocido
quality-kind-unreadable-hours = Horario que no se puede leer
quality-kind-probable-duplicate = Probables duplicados
quality-kind-no-contact = Ninguna forma de contactar con el lugar
quality-kind-stale = Sin actualizar desde hace más de un año
