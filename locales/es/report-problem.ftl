# Señalar un error en la página de un lugar (el formulario público).

report-link = Señalar un error en esta página
report-title = Señalar un error
report-about = Sobre la página de:
report-intro = Díganos qué está mal o no está al día: por ejemplo el horario, el número de teléfono o la dirección. No necesita una cuenta. El equipo que mantiene el directorio lee todos los mensajes.
report-message = ¿Qué está mal?
report-message-hint = Escriba entre { $min } y { $max } caracteres.
report-contact = Su correo electrónico o su número de teléfono (opcional)
report-contact-hint = Solo si quiere una respuesta. Solo lo usamos para responder a este mensaje.
report-trap = Deje este campo vacío
report-send = Enviar el mensaje
report-privacy = No escriba datos personales de otras personas, por favor.
report-error-short = El mensaje es demasiado corto: escriba al menos { $min } caracteres, para que entendamos qué hay que corregir.
report-error-long = El mensaje es demasiado largo: { $count } caracteres, y el máximo es { $max }. Acórtelo.
report-error-contact = Su correo electrónico o su número de teléfono es demasiado largo: { $max } caracteres como máximo.
report-error-fast = El formulario se envió muy rápido. Revise su mensaje y envíelo de nuevo.
report-error-expired = El formulario estuvo abierto mucho tiempo y ha caducado. Su mensaje sigue aquí: envíelo de nuevo.
report-error-rate = Se han enviado muchos mensajes desde su conexión en la última hora. Su mensaje sigue aquí: vuelva a intentarlo dentro de una hora.
report-thanks-title = Gracias por su mensaje
report-thanks-text = El equipo que mantiene el directorio lo leerá y corregirá la página si hace falta.
report-back = Volver a la página de { $place }
report-mail-subject = Error señalado: { $place }
report-mail-no-contact = (no indicado)
report-mail-body = Alguien ha señalado un error en la página «{ $place }».

    Su mensaje:

    { $message }

    Contacto: { $contact }

    La página: { $page }
    Todos los errores señalados: { $reports }
