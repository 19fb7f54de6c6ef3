# Páginas públicas de la autoevaluación (cuestionario y resultado). Lenguaje claro.

diagp-home-link = ¿No sabe por dónde empezar? Compruebe sus competencias digitales (unos 3 minutos)
diagp-intro-private = Se tarda unos 3 minutos. Usted sigue siendo anónimo: no se guarda nada de lo que responde.
diagp-part-devices = Sus aparatos e internet
diagp-part-you = Lo que usted quiere
diagp-where-label = Su código postal o su municipio (opcional)
diagp-where-hint = Para ver lugares y talleres cerca de usted. Por ejemplo: 1080 o Molenbeek.
diagp-submit = Ver mi resultado
diagp-error-item = Pregunta { $number }: { $message }
diagp-error-where = Escriba un código postal o el nombre de un municipio (100 caracteres como máximo).
diagp-profile-title = Su perfil
diagp-urgency-title = ¿Es urgente?
diagp-no-gaps = Ya sabe hacer las cinco cosas por las que le hemos preguntado.
diagp-places-title = Lugares que pueden ayudarle
diagp-places-near = Lugares cerca de { $place } que pueden ayudarle
diagp-places-none = No hemos encontrado aquí ningún lugar que corresponda a todas sus respuestas.
diagp-where-unknown = No hemos reconocido «{ $where }» como código postal o municipio. Estos son lugares de toda la región.
diagp-add-where = Añada su código postal para ver lugares cerca de usted.
diagp-places-all = Ver todos los lugares
diagp-sessions-title = Talleres para usted
diagp-sessions-none = Ahora mismo ningún taller próximo con plazas libres corresponde a sus respuestas.
diagp-sessions-all = Ver todos los talleres
diagp-refer-place = Orientar a esta persona hacia { $name }
diagp-refer-session = Orientar a esta persona hacia «{ $title }»
diagp-nothing-stored = No se ha guardado nada. Para conservar este resultado, añada esta página a sus favoritos o imprímala.
diagp-change = Cambiar mis respuestas
diagp-again = Volver a empezar
