# El sello EPN: páginas públicas, criterios explicados, formulario de solicitud, procedimiento, correos (español).

bo-label = Sello EPN

## Criteria: names and explanations (with the figures)

label-criterion-computers = Ordenadores
label-criterion-opening-hours = Horario de apertura
label-criterion-training-hours = Formación
label-criterion-free-access-hours = Acceso libre con un dinamizador
label-criterion-open-to-all-adults = Abierto a todos los adultos
label-criterion-price = Precio de las actividades básicas
label-criterion-charter = Carta
label-criterion-computers-pass = { $actual ->
        [one] 1 ordenador
       *[other] { $actual } ordenadores
    }: el sello pide al menos { $required }.
label-criterion-computers-fail = Solo { $actual ->
        [one] 1 ordenador
       *[other] { $actual } ordenadores
    }: el sello pide al menos { $required }.
label-criterion-opening-hours-pass = Abierto { $actual } { $actual ->
        [one] hora
       *[other] horas
    } en una semana normal: el sello pide al menos { $required }.
label-criterion-opening-hours-fail = Abierto solo { $actual } { $actual ->
        [one] hora
       *[other] horas
    } en una semana normal: el sello pide al menos { $required }.
label-criterion-opening-hours-unreadable = El horario «{ $hours }» no se puede leer, así que no se pueden contar las horas por semana. Escríbalo así: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] hora
       *[other] horas
    } de formación por semana: el sello pide al menos { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] hora
       *[other] horas
    } de formación por semana: el sello pide al menos { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] hora
       *[other] horas
    } de acceso libre con un dinamizador por semana: el sello pide al menos { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] hora
       *[other] horas
    } de acceso libre con un dinamizador por semana: el sello pide al menos { $required }.
label-criterion-open-to-all-adults-pass = Las actividades básicas están abiertas a todos los adultos.
label-criterion-open-to-all-adults-fail = Las actividades básicas no están abiertas a todos los adultos: el sello pide que cualquier adulto pueda participar.
label-criterion-price-pass = Las actividades básicas son { $actual }: el sello acepta que sean { $required }.
label-criterion-price-fail = Las actividades básicas son { $actual }: el sello pide que sean { $required }.
label-criterion-charter-pass = La carta está aceptada.
label-criterion-charter-fail = La carta no está aceptada: el sello pide que el EPN la firme.
label-criterion-not-required = Este sello no lo pide.
label-price-free = gratuitas
label-price-symbolic = de precio simbólico
label-price-paid = de pago
label-or = o
label-met = Cumplido
label-not-met = No cumplido
label-weekly-hours = { $hours } horas en una semana normal

## Public pages

label-page-title = El sello EPN
label-page-intro = «{ $name }» es el sello que la región da a los espacios públicos digitales (EPN): lugares donde cualquier persona puede usar un ordenador e internet, con alguien para ayudarle.
label-why-title = Lo que aporta el sello
label-why-badge = En este directorio, los EPN con sello se indican con las palabras
label-why-equipment = En 2021, cada EPN con sello recibió { $amount } euros para comprar equipos informáticos y material para darse a conocer.
label-conditions-title = Las condiciones
label-conditions-intro = Un EPN obtiene el sello cuando cumple todas estas condiciones:
label-condition-computers = Al menos { $count } ordenadores, en un local adecuado.
label-condition-open = Abierto al menos { $hours } horas por semana.
label-condition-training = Una media de { $hours } horas de formación por semana.
label-condition-free-access = { $hours } horas por semana de acceso libre con un dinamizador presente.
label-condition-adults = Las actividades básicas están abiertas a cualquier adulto.
label-condition-price = Las actividades básicas son { $prices }.
label-condition-charter = El EPN firma la carta de abajo.
label-condition-activities = La solicitud describe las actividades de formación, los talleres y las actividades de sensibilización del EPN.
label-charter-title = La carta
label-charter-version = Versión del { $date }.
label-charter-translation = Esto es una traducción. El texto original está en { $language }.
label-apply-title = Cómo presentar la solicitud
label-apply-step-account = Inicie sesión en el espacio de gestión con la cuenta de su EPN. Si no tiene cuenta, pídala a la coordinación de la inclusión digital.
label-apply-step-form = Rellene el formulario de solicitud. Puede guardarlo y volver más tarde. La página muestra enseguida qué condiciones cumplen sus respuestas.
label-apply-step-visit = La coordinación puede hacer una visita de cortesía a su EPN, para ver cómo funciona.
label-apply-step-recommend = El coordinador examina su solicitud y envía una recomendación al grupo de trabajo de inclusión digital.
label-apply-step-decide = El grupo de trabajo da su opinión y después decide el comité de dirección. Usted recibe un correo electrónico en cada paso.
label-duration = El sello no tiene fecha de fin: vale mientras el EPN cumpla las condiciones. Cada año, el EPN confirma su información. El sello se puede retirar cuando ya no se cumple una condición. Un EPN al que se le negó el sello, o al que se le retiró, puede volver a solicitarlo.
label-apply-link = Solicitar el sello (iniciar sesión)
label-list-link = Los EPN con sello por municipio
label-list-title = EPN con sello por municipio
label-list-intro = Estos espacios públicos digitales tienen el sello de la región.
label-list-about = ¿Qué es el sello?
label-list-count = { $count ->
        [one] 1 lugar con sello
       *[other] { $count } lugares con sello
    }
label-list-since = sello obtenido en { $year }
label-list-no-commune = Municipio desconocido

## Back office: home and queue

label-home-title = Sello EPN
label-home-about = Sobre el sello
label-home-intro-manager = Aquí puede solicitar el sello para sus lugares, seguir su solicitud y confirmar su información una vez al año.
label-home-intro-staff = Las solicitudes que esperan en cada paso, los lugares con sello que hay que revisar y todas las solicitudes.
label-your-places = Sus lugares
label-your-applications = Sus solicitudes
label-col-place = Lugar
label-col-places = Lugares
label-col-directory = Sello en el directorio
label-col-application = Solicitud
label-col-organisation = Organización
label-col-state = Situación
label-col-updated = Último cambio
label-col-date = Fecha
label-col-step = Paso
label-col-body = Decidido por
label-col-recorded = Registrado por
label-col-why = Motivo
label-no-application = Sin solicitud
label-nothing-to-apply = Cada uno de sus lugares tiene el sello o una solicitud en curso.
label-no-places = Todavía no hay ninguno de sus lugares en el directorio.
label-apply-for = Solicitar el sello para «{ $place }»
label-apply-which = ¿Qué lugares incluye la solicitud?
label-apply = Empezar una solicitud
label-status-none = Sin sello
label-status-labelled = Con sello
label-status-withdrawn = Sello retirado
label-status-refused = Sello denegado
label-queue-examine = Pendiente de la coordinación
label-queue-working-group = Pendiente de la opinión del grupo de trabajo
label-queue-steering = Pendiente de la decisión del comité de dirección
label-queue-empty = No hay nada pendiente.
label-queue-drafts = { $count ->
        [one] Un EPN está rellenando 1 solicitud.
       *[other] Los EPN están rellenando { $count } solicitudes.
    }
label-flags-title = Lugares con sello que hay que revisar
label-flags-intro = Su información ya no cumple una condición del sello. Nada cambia por sí solo: pregunte al EPN y después márquelo como revisado, o retire el sello.
label-flags-none = No hay ningún lugar con sello que revisar.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = según el directorio
label-flag-source-confirmation = según la confirmación anual
label-flag-raised = Detectado el { $date }
label-field-resolution = Qué se ha hecho (opcional)
label-flag-resolve = Marcar como revisado
label-flag-looked-at = Revisado.
label-flag-resolved = Marcado como revisado. El sello no ha cambiado.
label-review-now = Comprobar ahora los lugares con sello
label-review-done = { $count ->
        [0] Comprobación hecha: nada nuevo que revisar.
        [one] Comprobación hecha: 1 cosa nueva que revisar.
       *[other] Comprobación hecha: { $count } cosas nuevas que revisar.
    }
label-unconfirmed-title = Información aún no confirmada para { $year } ({ $count })
label-unconfirmed-intro = Cada EPN con sello confirma su información una vez al año.
label-all-title = Todas las solicitudes
label-filter-state = Situación
label-filter-all = Todas
label-filter-show = Mostrar
label-all-count = { $count ->
        [one] 1 solicitud
       *[other] { $count } solicitudes
    }

## States, steps, bodies

label-state-draft = El EPN la está rellenando
label-state-submitted = Enviada a la coordinación
label-state-under-examination = La coordinación la está examinando
label-state-recommended = Recomendación enviada al grupo de trabajo
label-state-advised = El grupo de trabajo ha dado su opinión
label-state-granted = Sello concedido
label-state-refused = Sello denegado
label-state-withdrawn = Sello retirado
label-next-draft = Siguiente paso: el EPN envía su solicitud.
label-next-submitted = Siguiente paso: la coordinación empieza a examinar la solicitud.
label-next-under-examination = Siguiente paso: la coordinación puede visitar el EPN y después envía su recomendación al grupo de trabajo.
label-next-recommended = Siguiente paso: el grupo de trabajo da su opinión.
label-next-advised = Siguiente paso: el comité de dirección decide.
label-next-granted = El sello no tiene fecha de fin. El EPN confirma su información cada año.
label-next-refused = El EPN puede volver a solicitarlo.
label-next-withdrawn = El EPN puede volver a solicitarlo.
label-next-none = nada más: el EPN puede volver a solicitarlo con una nueva solicitud
label-step-submit = Solicitud enviada
label-step-start-examination = Examen iniciado
label-step-record-visit = Visita de cortesía
label-step-recommend = Recomendación del coordinador
label-step-advise = Opinión del grupo de trabajo
label-step-decide = Decisión del comité de dirección
label-step-withdraw = Sello retirado
label-body-applicant = El EPN
label-body-coordination = La coordinación
label-body-working-group = El grupo de trabajo
label-body-steering-committee = El comité de dirección
label-body-unknown = Desconocido
label-outcome-favourable = favorable
label-outcome-unfavourable = desfavorable
label-outcome-granted = concedido
label-outcome-refused = denegado
label-recorded-from-source = Tomado de un informe
label-date-unknown = Fecha no indicada en el informe

## Application form

label-form-title = Solicitud del sello: { $places }
label-form-intro = Responda a las preguntas. Puede guardar el borrador en cualquier momento y volver más tarde: no se pierde nada de lo que ha escrito.
label-form-criteria = Lo que muestran sus respuestas
label-form-criteria-none = Responda a las preguntas para ver qué condiciones cumple.
label-form-questions = Su EPN
label-field-computers = Número de ordenadores para el público
label-hint-computers = Un número entero, por ejemplo 8.
label-field-opening-hours = Horario de apertura
label-hint-opening-hours = Como en el directorio, al estilo de OpenStreetMap, por ejemplo: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Horas de formación por semana, de media
label-field-free-access-hours = Horas de acceso libre con un dinamizador, por semana
label-hint-weekly-hours = Un número de horas, por ejemplo 6 o 5,5.
label-field-open-to-all-adults = ¿Las actividades básicas están abiertas a cualquier adulto?
label-hint-open-to-all-adults = Sea cual sea su edad, género, origen o situación.
label-field-basic-price = ¿Cuánto cuestan las actividades básicas?
label-field-publics = Los públicos que acoge en particular
label-field-activities = Sus actividades de formación, talleres y sensibilización
label-hint-activities = Describa lo que ofrece, con qué frecuencia y para quién.
label-field-charter = Acepto la carta en nombre del EPN.
label-yes = Sí
label-no = No
label-save-draft = Guardar el borrador
label-submit = Enviar la solicitud
label-draft-saved = Su borrador se ha guardado.
label-draft-saved-partly = Su borrador se ha guardado, excepto las respuestas marcadas abajo.
label-error-computers = Escriba el número de ordenadores como un número entero, por ejemplo 8.
label-error-hours = Escriba un número de horas de 0 a 168, por ejemplo 6 o 5,5.
label-error-opening-hours = Este horario no se puede leer. Escríbalo así: Mo-Fr 09:00-12:00.
label-error-activities-long = Describa sus actividades en 5000 caracteres como máximo.
label-error-required-computers = Escriba el número de ordenadores.
label-error-required-opening-hours = Escriba el horario de apertura.
label-error-required-training-hours = Escriba las horas de formación por semana.
label-error-required-free-access-hours = Escriba las horas de acceso libre con un dinamizador.
label-error-required-open-to-all-adults = Indique si las actividades básicas están abiertas a cualquier adulto.
label-error-required-basic-price = Elija cuánto cuestan las actividades básicas.
label-error-required-activities = Describa sus actividades.
label-error-charter = Acepte la carta para enviar su solicitud.
label-error-incomplete = Falta esta respuesta.
label-error-no-place = Elija al menos un lugar.

## An application's file

label-file-title = Solicitud del sello: { $places }
label-file-organisation = Organización:
label-file-state = Situación:
label-back = Volver a las páginas del sello
label-open-file = Abrir la solicitud
label-continue = Seguir con la solicitud
label-notice-sent = Su solicitud se ha enviado. La coordinación la ha recibido; recibirá un correo electrónico en cada paso.
label-notice-done = Registrado. Se ha avisado al EPN por correo electrónico.
label-notice-confirmed = Gracias: su información está confirmada para este año.
label-criteria-title = Las condiciones del sello
label-no-answers = Las respuestas de esta solicitud no están registradas.
label-answers-title = Las respuestas
label-not-answered = Sin respuesta
label-charter-accepted = Versión { $version }, aceptada el { $date }
label-charter-not-accepted = No aceptada
label-history-title = Historial
label-confirmation-title = Información confirmada para { $year }
label-confirmation-when = Confirmada el { $date }.
label-busy-title = Ya existe una solicitud
label-busy-text = Este lugar ya tiene el sello o una solicitud en curso. Siga con esa solicitud.
label-busy-link = Abrir esa solicitud
label-forbidden-title = Esta solicitud no es suya
label-forbidden-text = Solo puede ver y modificar las solicitudes de su propia organización.
label-refused-title = Este paso no es posible ahora
label-error-not-allowed = La solicitud está en el paso «{ $state }». Lo que puede pasar ahora: { $next }.

## Steps: forms

label-action-examine = Empezar el examen
label-action-visit-title = Visita de cortesía
label-action-visit-intro = Si ha visitado el EPN, anote cuándo y lo que vio.
label-field-visit-date = Fecha de la visita
label-field-notes = Notas
label-action-visit = Registrar la visita
label-action-recommend-title = Recomendación al grupo de trabajo
label-field-recommendation = Su recomendación
label-favourable = Favorable
label-unfavourable = Desfavorable
label-field-reasons = Motivos
label-hint-reasons = El EPN los leerá.
label-action-recommend = Enviar la recomendación
label-action-advise-title = La opinión del grupo de trabajo
label-field-advice = La opinión
label-field-meeting-date = Fecha de la reunión
label-action-advise = Registrar la opinión
label-action-decide-title = La decisión del comité de dirección
label-field-decision = La decisión
label-grant = Conceder el sello
label-refuse = Denegar el sello
label-field-decision-date = Fecha de la decisión
label-action-decide = Registrar la decisión
label-action-withdraw-title = Retirar el sello
label-action-withdraw-intro = Solo cuando el EPN ya no cumple una condición. Se explicará el motivo al EPN por correo electrónico.
label-field-withdraw-date = Fecha de la decisión
label-field-withdraw-reason = Motivo
label-action-withdraw = Retirar el sello
label-error-date = Escriba la fecha así: 2026-11-26.
label-error-date-future = La fecha no puede estar en el futuro.
label-error-reasons = Escriba los motivos.
label-error-recommendation = Elija favorable o desfavorable.
label-error-advice = Elija favorable o desfavorable.
label-error-decision = Elija conceder o denegar el sello.

## Yearly confirmation

label-confirm-link = Confirme su información para { $year }
label-confirm-title = Confirme su información para { $year }: { $places }
label-confirm-intro = Una vez al año, cada EPN con sello confirma que su información sigue siendo cierta. Cambie lo que ya no sea correcto.
label-confirm-directory = En el directorio
label-confirm-directory-intro = La gente ve esta información en el directorio. Si ha cambiado, actualícela allí.
label-confirm-edit-place = Actualizar este lugar en el directorio
label-not-recorded = no registrado
label-confirm-figures = Sus cifras de este año
label-field-confirm = Confirmo que esta información es cierta hoy.
label-error-confirm = Marque la casilla para confirmar su información.
label-error-confirm-not-granted = Solo un EPN con sello confirma su información.
label-confirm-button = Confirmar

## E-mails

label-mail-subject = Sello EPN, { $places }: { $state }
label-mail-subject-visit = visita de cortesía registrada
label-mail-body = Hola:

    Su solicitud del sello EPN ({ $places }) ha avanzado: { $what }.
    { $reasons }
    Vea su solicitud: { $link }

    La coordinación de la inclusión digital
label-mail-reasons = Motivos: { $reasons }
label-mail-notes = Notas: { $notes }
label-mail-step-submit = la coordinación la ha recibido
label-mail-step-start-examination = la coordinación ha empezado a examinarla
label-mail-step-record-visit = se ha registrado una visita de cortesía el { $date }
label-mail-step-recommend-yes = el coordinador ha enviado una recomendación favorable al grupo de trabajo
label-mail-step-recommend-no = el coordinador ha enviado una recomendación desfavorable al grupo de trabajo
label-mail-step-advise-yes = el grupo de trabajo ha dado una opinión favorable
label-mail-step-advise-no = el grupo de trabajo ha dado una opinión desfavorable
label-mail-step-decide-granted = el comité de dirección ha concedido el sello
label-mail-step-decide-refused = el comité de dirección ha denegado el sello
label-mail-step-withdraw = se ha retirado el sello
label-mail-new-subject = Nueva solicitud del sello: { $places }
label-mail-new-body = Hola:

    { $organisation } ha enviado una solicitud del sello EPN ({ $places }).

    Examínela aquí: { $link }

# El historial del sello, una frase sencilla por hecho ($outcome: favourable,
# unfavourable o none; para la decisión: granted, refused o none).
label-event-submit = Se envió la solicitud.
label-event-start-examination = La coordinación empezó a examinar la solicitud.
label-event-record-visit = La coordinación hizo una visita de cortesía.
label-event-recommend = { $outcome ->
    [favourable] El coordinador recomendó conceder el sello.
    [unfavourable] El coordinador recomendó denegar el sello.
   *[none] El coordinador hizo una recomendación.
}
label-event-advise = { $outcome ->
    [favourable] El grupo de trabajo dio una opinión favorable.
    [unfavourable] El grupo de trabajo dio una opinión desfavorable.
   *[none] El grupo de trabajo dio su opinión.
}
label-event-decide = { $outcome ->
    [granted] El comité de dirección concedió el sello.
    [refused] El comité de dirección denegó el sello.
   *[none] El comité de dirección tomó su decisión.
}
label-event-withdraw = Se retiró el sello.
