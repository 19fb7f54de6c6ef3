# Responder a la encuesta a los visitantes: las páginas del enlace corto /s/{code}.
sva-site = Passerelle – encuesta a los visitantes
sva-languages = Idiomas
sva-error-title = Error: { $title }
sva-errors-title = Hay un problema
sva-start-place = Este cuestionario trata sobre { $place }.
sva-start-time = Se tarda unos { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
sva-start-anonymous = Es anónimo: no le pedimos su nombre y no se guarda nada que pueda decir quién es usted. Puede parar en cualquier momento.
sva-start-until = Puede responder hasta el { $date }.
sva-start-button = Empezar
sva-resume-title = Ya ha empezado
sva-resume-text = Sus respuestas hasta ahora están guardadas en este aparato. Puede seguir donde lo dejó o volver a empezar: entonces se borran sus respuestas hasta ahora.
sva-resume-continue = Seguir donde lo dejé
sva-resume-restart = Volver a empezar
sva-progress = Pregunta { $number } de { $total }
sva-optional = (opcional)
sva-hint-several = Elija todas las respuestas que correspondan.
sva-hint-scale = De { $min } (nada satisfecho) a { $max } (muy satisfecho).
sva-hint-text = Como máximo { $max } caracteres.
sva-continue = Continuar
sva-back = Atrás
sva-trap = Deje este campo vacío
sva-error-choose-one = Elija una respuesta
sva-error-choose-some = Elija al menos una respuesta
sva-error-choose-number = Elija un número
sva-error-number-missing = Escriba un número
sva-error-text-missing = Escriba una respuesta
sva-error-not-a-choice = Elija una de las respuestas de la lista
sva-error-one-only = Elija solo una respuesta
sva-error-not-a-number = Escriba un número entero, por ejemplo 3
sva-error-between = Escriba un número de { $min } a { $max }
sva-error-at-least = Escriba un número de { $min } o más
sva-error-at-most = Escriba un número de { $max } o menos
sva-error-too-long = Escriba como máximo { $max } caracteres (ha escrito { $count })
sva-error-fast = Sus respuestas se han enviado muy rápido. Revíselas y pulse Continuar de nuevo.
sva-error-expired = Esta página ha estado abierta mucho tiempo. Pulse Continuar de nuevo para enviar sus respuestas.
sva-error-rate = Se han enviado muchas respuestas desde esta conexión en la última hora. Vuelva a intentarlo dentro de una hora, por favor.
sva-closed-title = Este cuestionario está cerrado
sva-closed-not-yet = Se abre el { $opens } y se cierra el { $closes }.
sva-closed-over = Estuvo abierto del { $opens } al { $closes }.
sva-closed-thanks = Gracias por su interés.
sva-thanks-title = ¡Gracias!
sva-thanks-text = Sus respuestas se han guardado. Ayudarán a { $place } y a los demás lugares a atenderle mejor.
sva-thanks-nothing-kept = No queda nada sobre usted en este aparato. Puede cerrar esta página.
