# Espacio de gestión: cuentas, inicio de sesión, navegación.

forbidden-title = No puede abrir esta página
forbidden-text = Su cuenta no da acceso a esta página. Si cree que debería tenerlo, pregunte a la coordinación.
csrf-title = Este formulario ha caducado
csrf-text = Por su seguridad, no se ha podido enviar el formulario. Vuelva atrás, cargue de nuevo la página y envíelo otra vez: si usa el botón «atrás», lo que ha escrito sigue en el formulario.
form-errors-title = Hay un problema
bo-nav = Espacio de gestión
bo-home = Inicio del espacio de gestión
bo-title = Espacio de gestión
bo-welcome = Hola, { $name }. Ha iniciado sesión como { $role }.
bo-signed-in-as = Sesión iniciada como
bo-find-place = Buscar un lugar para alguien
bo-places = Lugares
bo-users = Cuentas
bo-organisations = Organizaciones
logout = Cerrar sesión
login-title = Iniciar sesión
login-intro = El espacio de gestión es para los espacios públicos digitales, los trabajadores sociales y la coordinación. No necesita una cuenta para encontrar ayuda.
login-button = Iniciar sesión
login-signed-out = Ha cerrado la sesión.
login-password-set = Su contraseña se ha guardado. Ya puede iniciar sesión.
field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-confirm-password = Escriba otra vez la nueva contraseña
field-name = Nombre
field-role = Función
field-organisation = Organización
forgot-link = ¿Ha olvidado su contraseña?
forgot-title = Elegir una nueva contraseña
forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña. El enlace funciona durante una hora.
forgot-button = Enviarme un enlace
forgot-sent = Si una cuenta usa esta dirección, le hemos enviado un enlace. Mire sus correos, también en la carpeta de correo no deseado (spam).
reset-title = Elegir una nueva contraseña
invite-title = Le damos la bienvenida: elija su contraseña
new-password-for = Cuenta: { $email }
password-hint = Al menos { $min } caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.
save-password = Guardar la contraseña
link-expired-title = Este enlace ya no funciona
link-expired-text = El enlace ya se ha usado o es demasiado antiguo. Pida uno nuevo.
error-email-missing = Escriba su dirección de correo electrónico.
error-email-invalid = Escriba una dirección de correo electrónico como nombre@example.org.
error-email-taken = Ya hay una cuenta que usa esta dirección de correo electrónico.
error-password-missing = Escriba su contraseña.
error-login-failed = La dirección de correo electrónico o la contraseña no es correcta. Revise las dos y vuelva a intentarlo.
error-login-throttled = Demasiados intentos. Por su seguridad, espere 15 minutos antes de volver a intentarlo, o elija una nueva contraseña.
error-password-short = La contraseña debe tener al menos { $min } caracteres.
error-password-long = La contraseña es demasiado larga: 256 caracteres como máximo.
error-password-email = La contraseña no puede ser su dirección de correo electrónico.
error-password-confirm = Las dos contraseñas no son iguales. Escríbalas de nuevo.
error-name-missing = Escriba el nombre de la persona.
error-role = Elija una función de la lista.
error-organisation-needed = Elija la organización: esta función la necesita.
mail-invite-subject = Su cuenta en Passerelle
mail-invite-body = Hola, { $name }:

    Se ha creado una cuenta para usted en Passerelle. Elija su contraseña con este enlace (funciona durante 7 días):

    { $link }

    Si no esperaba este mensaje, puede ignorarlo.
mail-reset-subject = Elija una nueva contraseña
mail-reset-body = Hola, { $name }:

    Alguien ha pedido cambiar la contraseña de su cuenta. Elija una nueva contraseña con este enlace (funciona durante una hora):

    { $link }

    Si no ha sido usted, ignore este mensaje: su contraseña no cambia.
role-admin = administrador
role-coordinator = coordinador
role-epn_manager = responsable de EPN
role-referrer = orientador (trabajador social)
role-committee = miembro del comité
role-jury = miembro del jurado
role-applicant = organización que se presenta a convocatorias de proyectos
users-title = Cuentas
invite-heading = Invitar a alguien
invite-intro = La persona recibe un correo electrónico con un enlace para elegir su contraseña.
invite-organisation-hint = Necesaria para los responsables de EPN (su organización) y los orientadores (su estructura).
invite-button = Enviar la invitación
invite-sent = Se ha enviado la invitación.
invite-not-sent = Se ha creado la cuenta, pero no se ha podido enviar el correo electrónico. Revise la configuración del correo y después use «¿Ha olvidado su contraseña?».
organisations-title = Organizaciones
organisations-intro = Los cambios de una organización de confianza se publican enseguida. Los cambios de las demás esperan a que la coordinación los revise.
organisation-trusted = De confianza
organisation-trust = Confiar
organisation-untrust = Dejar de confiar
actions = Acciones
yes = Sí
no = No
