# Sesiones: la lista pública, la página de una sesión, las reservas, el espacio de gestión, los correos.

sessions-title = Talleres y sesiones
sessions-intro = Talleres, formaciones y horas de ayuda en los espacios públicos digitales. Encuentre uno cerca de usted y reserve una plaza con su trabajador social o con el lugar.
sessions-count = { $count ->
    [0] No se ha encontrado ninguna sesión
    [one] 1 sesión
   *[other] { $count } sesiones
}
sessions-none = Ninguna sesión corresponde. Pruebe otra fecha, otro tema o quite un filtro.
sessions-search-error = Hay algo que no está bien en la búsqueda.
sessions-search-reset = Empezar una nueva búsqueda
sessions-search-button = Mostrar las sesiones
sessions-where-label = ¿Dónde?
sessions-where-hint = Un código postal o un municipio, por ejemplo 1080 o Schaerbeek.
sessions-theme-label = Tema
sessions-theme-all-of-area = Todo «{ $area }»
sessions-from-label = Desde (fecha)
sessions-to-label = Hasta (fecha)
sessions-only-free = Solo gratis
sessions-only-seats = Solo con plazas libres
sessions-when = { $day } { $date }, { $start }–{ $end }
sessions-mobile = Actividad itinerante
sessions-price-free = Gratis
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] Queda 1 plaza de { $seats }
   *[other] Quedan { $left } plazas de { $seats }
}
sessions-full-waiting = Completa – lista de espera abierta ({ $waiting } en espera)
sessions-full = Completa
sessions-status-cancelled = Cancelada
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Usar un ordenador, un teléfono inteligente o una tableta
sessions-theme-drop-in-help = Ayuda sin cita
sessions-theme-internet-search = Buscar en internet
sessions-theme-job-search = Buscar trabajo en internet
sessions-theme-messaging = Correo electrónico, mensajes y videollamadas
sessions-theme-online-services = Servicios públicos y banco en línea
sessions-theme-documents = Escribir documentos y un currículum
sessions-theme-programming = Programación
sessions-theme-safety = Contraseñas, estafas y privacidad

sessions-cancel-reason = Motivo:
sessions-when-label = Cuándo
sessions-where-label-short = Dónde
sessions-level-label = Nivel
sessions-languages-label = Idiomas
sessions-seats-label = Plazas
sessions-price-label = Precio
sessions-publics-label = Para
sessions-bring-label = Qué hay que llevar:
sessions-accessibility-label = Accesibilidad
sessions-organiser-label = Organizado por
sessions-add-to-calendar = Añadir a mi calendario
sessions-manage-link = Gestionar esta sesión
sessions-booking-title = Reservar una plaza
sessions-your-bookings = Las reservas de su estructura para esta sesión
sessions-person-name = Nombre o apodo
sessions-your-name = Su nombre o un apodo
sessions-person-name-hint = No hace falta el apellido.
sessions-person-phone = Teléfono móvil (opcional)
sessions-person-email = Correo electrónico (opcional)
sessions-person-contact-hint = Solo para enviar un recordatorio 2 días antes, o para avisar si la sesión cambia.
sessions-person-lang = Idioma de los recordatorios
sessions-booking-status = Reserva
sessions-booking-confirmed = Plaza confirmada
sessions-booking-waiting = En la lista de espera
sessions-booking-cancelled = Cancelada
sessions-cancel-booking = Cancelar la reserva
sessions-not-bookable = Esta sesión ya no se puede reservar.
sessions-full-no-list = Esta sesión está completa y no tiene lista de espera.
sessions-will-wait = La sesión está completa: la persona pasa a la lista de espera y obtiene una plaza automáticamente si queda una libre.
sessions-self-booking-intro = Puede reservar una plaza usted mismo. Solo le pedimos un nombre.
sessions-how-to-book = Para reservar una plaza, pregunte a su trabajador social (CPAS, municipio, asociación) o contacte con el lugar.
sessions-book-button = Reservar la plaza
sessions-wait-button = Apuntarse a la lista de espera
sessions-consent-text = La persona está de acuerdo en que su nombre (y, si los ha dado, su número de teléfono o su correo electrónico) se comunique a { $organisation } para esta sesión y se guarde hasta 12 meses después de ella. Puede pedir que se borre en cualquier momento.
sessions-consent-text-self = Estoy de acuerdo en que mi nombre (y, si los he dado, mi número de teléfono o mi correo electrónico) se comunique a { $organisation } para esta sesión y se guarde hasta 12 meses después de ella. Puedo pedir que se borre en cualquier momento.
sessions-booked-confirmed = Plaza confirmada para { $name }.
sessions-booked-waiting = { $name } tiene el número { $position } en la lista de espera.
sessions-no-self-booking = Esta sesión se reserva a través de un trabajador social o del lugar.
sessions-at-place-title = Próximas sesiones aquí
sessions-at-place-all = Todas las sesiones de este lugar
sessions-at-place-calendar = Calendario de las sesiones de este lugar (iCalendar)

sessions-my-booking-title = Su reserva
sessions-my-booking-confirmed = Su plaza está reservada.
sessions-my-booking-waiting = Tiene el número { $position } en la lista de espera. Si queda una plaza libre, es para usted y le avisamos.
sessions-my-booking-cancelled = Esta reserva está cancelada.
sessions-my-booking-keep = Guarde la dirección de esta página: es la única forma de ver o cancelar su reserva.
sessions-my-booking-cancel = Cancelar mi reserva
sessions-my-booking-cancelled-done = Su reserva está cancelada.
sessions-my-booking-privacy = Su nombre y sus datos de contacto se borran 12 meses después de la sesión.

sessions-field-where = ¿Dónde tiene lugar?
sessions-field-title = Título
sessions-field-description = Descripción
sessions-field-theme = Tema
sessions-field-level = Nivel
sessions-field-languages = Idiomas hablados
sessions-field-date = Fecha (la primera fecha si se repite)
sessions-field-start = Hora de inicio
sessions-field-end = Hora de fin
sessions-field-repeat = Repetir
sessions-field-until = Última fecha
sessions-field-skip = Fechas sin sesión
sessions-field-seats = Número de plazas
sessions-field-waiting_list = Tener una lista de espera cuando esté completa
sessions-field-self_booking = Las personas pueden reservar una plaza ellas mismas en la página pública
sessions-field-price = Precio en euros
sessions-field-bring = Qué hay que llevar
sessions-field-publics = Para quién (déjelo vacío: para todo el mundo)
sessions-field-accessibility = Accesibilidad
sessions-field-location = Lugar y dirección
sessions-field-postcode = Código postal
sessions-field-name = Nombre o apodo
sessions-field-phone = Teléfono
sessions-field-email = Correo electrónico
sessions-field-consent = Consentimiento
sessions-title-hint = Palabras sencillas, por ejemplo «Mis primeros correos electrónicos».
sessions-until-hint = Por ejemplo, el final del curso escolar.
sessions-skip-hint = Vacaciones, en formato AAAA-MM-DD separadas por comas.
sessions-price-hint = Déjelo vacío o escriba 0 si es gratis.
sessions-bring-hint = Por ejemplo: documento de identidad, teléfono inteligente y su código.
sessions-repeat-once = Una vez
sessions-repeat-weekly = Cada semana
sessions-repeat-every-2-weeks = Cada 2 semanas
sessions-mobile-of = Actividad itinerante de { $organisation } (en otro lugar)
sessions-mobile-legend = Actividad itinerante
sessions-mobile-hint = Solo para una actividad itinerante: dónde tiene lugar.

sessions-error-missing = { $field }: rellene este campo, por favor.
sessions-error-too-long = { $field }: es demasiado largo.
sessions-error-unknown-code = { $field }: elija una opción de la lista, por favor.
sessions-error-not-a-number = { $field }: escriba un número, por favor.
sessions-error-out-of-range = { $field }: este número es demasiado pequeño o demasiado grande.
sessions-error-bad-date = { $field }: escriba una fecha así: 2026-12-01.
sessions-error-bad-time = { $field }: escriba una hora así: 10:00.
sessions-error-end-before-start = { $field }: la sesión debe terminar después de empezar.
sessions-error-in-past = { $field }: esta fecha ya ha pasado.
sessions-error-until-before-first = { $field }: la última fecha debe ir después de la primera.
sessions-error-too-many = { $field }: eso da más de 104 fechas; elija una última fecha anterior.
sessions-error-no-date-left = { $field }: se han quitado todas las fechas.
sessions-error-unknown-postcode = { $field }: este código postal no está en la región.
sessions-error-bad-phone = { $field }: escriba un número de teléfono, por ejemplo ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: escriba una dirección de correo electrónico, por ejemplo nombre@example.org.
sessions-error-no-consent = { $field }: marque la casilla para indicar que la persona está de acuerdo.
sessions-error-where = ¿Dónde tiene lugar?: elija uno de sus lugares o una actividad itinerante.
sessions-error-seats-below-booked = Número de plazas: ya hay { $booked } personas con reserva; indique al menos { $booked } plazas.

sessions-bo-link = Sesiones
sessions-bookings-link = Mis reservas
sessions-bo-title = Sesiones
sessions-bo-coming = Próximas sesiones
sessions-bo-past = Últimos 30 días
sessions-bo-none = Todavía no hay ninguna sesión próxima.
sessions-publish-link = Publicar una sesión
sessions-new-title = Publicar una sesión
sessions-edit-title = Modificar esta sesión
sessions-edit-intro = Esto cambia solo esta fecha. Se avisa a las personas con reserva si cambian la fecha, la hora o el lugar.
sessions-publish-button = Publicar
sessions-save-button = Guardar los cambios
sessions-booked-of = { $booked } de { $seats } reservadas, { $waiting } en espera
sessions-published = { $count ->
    [one] La sesión está publicada.
   *[other] Se han publicado { $count } sesiones.
}
sessions-saved = { $count ->
    [0] Los cambios se han guardado.
    [one] Los cambios se han guardado; se ha avisado a 1 persona con reserva.
   *[other] Los cambios se han guardado; se ha avisado a { $count } personas con reserva.
}
sessions-cancelled-told = { $count ->
    [0] La sesión se ha cancelado.
    [one] La sesión se ha cancelado; se ha avisado a 1 persona con reserva.
   *[other] La sesión se ha cancelado; se ha avisado a { $count } personas con reserva.
}
sessions-public-page = Ver la página pública
sessions-edit-link = Cambiar la fecha, la hora, las plazas o los detalles
sessions-people-title = Personas con reserva
sessions-people-none = Todavía no hay nadie con reserva.
sessions-booked-by = Reservado por
sessions-booked-alone = La propia persona
sessions-waiting-number = Lista de espera, número { $position }
sessions-attendance-title = Asistencia
sessions-attendance-intro = Después de la sesión, marque quién vino. Sirve para hacer el seguimiento de las personas y para contar.
sessions-attendance-present = Presente
sessions-attendance-absent = Ausente
sessions-attendance-save = Guardar la asistencia
sessions-attendance-saved = { $count ->
    [one] Asistencia guardada para 1 persona.
   *[other] Asistencia guardada para { $count } personas.
}
sessions-cancel-title = Cancelar esta sesión
sessions-cancel-intro = { $count ->
    [0] No hay nadie con reserva.
    [one] Se avisa a la persona con reserva por correo electrónico o SMS, si dio uno, y también a su trabajador social.
   *[other] Se avisa a las { $count } personas con reserva por correo electrónico o SMS, si dieron uno, y también a sus trabajadores sociales.
}
sessions-cancel-reason-label = Motivo (opcional)
sessions-cancel-reason-hint = Se envía a las personas con reserva.
sessions-cancel-following = Cancelar también las fechas siguientes de esta serie
sessions-cancel-button = Cancelar la sesión
sessions-other-dates = Otras fechas de esta serie
sessions-bookings-title = Mis reservas
sessions-bookings-intro = Las plazas que ha reservado su estructura, desde hace 30 días.
sessions-bookings-find = Buscar una sesión con plazas libres
sessions-bookings-none = Su estructura todavía no tiene ninguna reserva.

sessions-mail-bring = Qué hay que llevar: { $bring }
sessions-mail-link = Detalles: { $link }
sessions-mail-cancel-link = Para ver o cancelar su reserva: { $link }
sessions-mail-reason = Motivo: { $reason }
sessions-mail-footer = Recibe este mensaje porque se ha reservado una plaza para usted en Passerelle. Su nombre y sus datos de contacto se borran 12 meses después de la sesión.
sessions-mail-booked-subject = Plaza reservada: { $title }
sessions-mail-booked-intro = Hola, { $name }: tiene una plaza reservada.
sessions-mail-waiting-subject = Lista de espera: { $title }
sessions-mail-waiting-intro = Hola, { $name }: la sesión está completa. Tiene el número { $position } en la lista de espera. Si queda una plaza libre, es para usted y le avisamos.
sessions-mail-promoted-subject = Hay una plaza libre para usted: { $title }
sessions-mail-promoted-intro = Hola, { $name }: ha quedado una plaza libre y ahora es suya.
sessions-mail-changed-subject = Cambio: { $title }
sessions-mail-changed-intro = Hola, { $name }: la sesión que tiene reservada ha cambiado. Estos son la nueva fecha, la hora y el lugar.
sessions-mail-cancelled-subject = Cancelada: { $title }
sessions-mail-cancelled-intro = Hola, { $name }: lo sentimos, la sesión que tenía reservada se ha cancelado.
sessions-mail-reminder-subject = Recordatorio: { $title }
sessions-mail-reminder-intro = Hola, { $name }: le recordamos que su sesión es pronto.
sessions-sms-promoted = Hay una plaza libre para usted: { $title }, { $when }.
sessions-sms-changed = Cambio: { $title }, ahora { $when }.
sessions-sms-cancelled = Cancelada: { $title }, { $when }.
sessions-sms-reminder = Recordatorio: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Una plaza para { $title }
sessions-mail-referrer-promoted-intro = Ha quedado una plaza libre: { $name }, que estaba en la lista de espera, ya tiene plaza.
sessions-mail-referrer-changed-subject = Sesión modificada: { $title }
sessions-mail-referrer-changed-intro = Ha cambiado una sesión para la que usted reservó una plaza a { $name }. La nueva fecha, la hora y el lugar:
sessions-mail-referrer-cancelled-subject = Sesión cancelada: { $title }
sessions-mail-referrer-cancelled-intro = Se ha cancelado una sesión para la que usted reservó una plaza a { $name }.

# Reservar sin ayuda: protección contra el spam.
sessions-error-fast = El formulario se envió muy rápido. Revise lo que ha escrito y envíelo de nuevo.
sessions-error-expired = El formulario estuvo abierto mucho tiempo y ha caducado. Lo que ha escrito sigue aquí: envíelo de nuevo.
sessions-error-rate = Se han reservado muchas plazas desde su conexión en la última hora. Vuelva a intentarlo dentro de una hora o llame al lugar.
sessions-field-title-lang = Idioma del título y de la descripción
sessions-title-lang-hint = Las páginas en otro idioma se lo indican a los lectores de pantalla.
sessions-title-lang-unsaid = No indicado
