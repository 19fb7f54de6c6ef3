# Autoevaluación de la fragilidad digital (español). Lenguaje claro: frases cortas, palabras de todos los días.

diag-title = Compruebe sus competencias digitales
diag-intro = 12 preguntas cortas sobre ordenadores, teléfonos e internet. No hay respuestas malas. Al final verá consejos y lugares cerca de usted que pueden ayudarle.
diag-skills-intro = ¿Sabe hacer estas cosas?
diag-result-title = Su resultado
diag-result-gaps = Cosas que puede aprender
diag-result-advice = Lo que puede ayudarle

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = ¿Qué aparatos tiene? (elija todos los que correspondan)
diag-a-equipment-smartphone = Un teléfono inteligente
diag-a-equipment-computer = Un ordenador
diag-a-equipment-tablet = Una tableta
diag-a-equipment-none = Ninguno

diag-q-internet = ¿Tiene internet en casa?
diag-a-internet-yes = Sí
diag-a-internet-phone = Solo en mi teléfono
diag-a-internet-no = No

diag-q-email = ¿Usa el correo electrónico?
diag-a-email-alone = Sí, yo solo
diag-a-email-help = Sí, con ayuda
diag-a-email-no = No

diag-q-online-form = ¿Puede rellenar usted solo un formulario en internet? Por ejemplo, un formulario del ayuntamiento o de la oficina de empleo.
diag-a-online-form-alone = Sí, yo solo
diag-a-online-form-help = Sí, con ayuda
diag-a-online-form-no = No

diag-q-information = Sé encontrar información en internet, por ejemplo el horario de un autobús.
diag-a-information-0 = No
diag-a-information-1 = Con ayuda
diag-a-information-2 = Sí, yo solo
diag-a-information-3 = Sí, fácilmente: podría enseñárselo a alguien

diag-q-communication = Sé enviar un mensaje o una foto, o hacer una videollamada.
diag-a-communication-0 = No
diag-a-communication-1 = Con ayuda
diag-a-communication-2 = Sí, yo solo
diag-a-communication-3 = Sí, fácilmente: podría enseñárselo a alguien

diag-q-content-creation = Sé escribir una carta en un ordenador o un teléfono y guardarla.
diag-a-content-creation-0 = No
diag-a-content-creation-1 = Con ayuda
diag-a-content-creation-2 = Sí, yo solo
diag-a-content-creation-3 = Sí, fácilmente: podría enseñárselo a alguien

diag-q-safety = Sé reconocer un mensaje falso (una estafa) y protejo mis contraseñas.
diag-a-safety-0 = No
diag-a-safety-1 = Con ayuda
diag-a-safety-2 = Sí, yo solo
diag-a-safety-3 = Sí, fácilmente: podría enseñárselo a alguien

diag-q-problem-solving = Cuando algo no funciona en mi teléfono o mi ordenador, sé encontrar una solución.
diag-a-problem-solving-0 = No
diag-a-problem-solving-1 = Con ayuda
diag-a-problem-solving-2 = Sí, yo solo
diag-a-problem-solving-3 = Sí, fácilmente: podría enseñárselo a alguien

diag-q-motivation = ¿Le gustaría hacer más cosas con un ordenador o un teléfono?
diag-a-motivation-0 = No, la verdad es que no
diag-a-motivation-1 = Un poco
diag-a-motivation-2 = Sí
diag-a-motivation-3 = Sí, mucho

diag-q-barriers = ¿Qué se lo pone difícil? (elija todo lo que corresponda, o nada)
diag-a-barriers-reading = Leer y escribir
diag-a-barriers-language = El idioma
diag-a-barriers-cost = El precio de un aparato o de internet
diag-a-barriers-time = No tengo tiempo
diag-a-barriers-fear = Tengo miedo de hacer algo mal

diag-q-knows-help = ¿Conoce un lugar cerca de usted donde alguien pueda ayudarle con los ordenadores e internet?
diag-a-knows-help-yes = Sí
diag-a-knows-help-no = No

## DigComp areas
diag-area-information = Buscar información
diag-area-communication = Comunicarse
diag-area-content-creation = Crear documentos
diag-area-safety = Protegerse
diag-area-problem-solving = Resolver problemas

## Levels
diag-level-beginner = Principiante
diag-level-intermediate = Intermedio
diag-level-advanced = Avanzado

## Profiles (the five personae of the study)
diag-persona-no_bearings = Primeros pasos, con acompañamiento
diag-persona-no_bearings-text = Los ordenadores e internet son algo nuevo o difícil para usted, y muchas cosas se lo complican. Una persona de confianza puede ayudarle, paso a paso.
diag-persona-novice = Principiante
diag-persona-novice-text = Está empezando y quiere aprender. Los cursos para principiantes y los puntos de ayuda están hechos para usted.
diag-persona-resourceful = Se las arregla
diag-persona-resourceful-text = Ya sabe hacer muchas cosas. Los talleres cortos sobre un tema pueden ayudarle a estar al día.
diag-persona-motivated = Con ganas de aprender
diag-persona-motivated-text = Conoce lo básico, sobre todo en el teléfono, y quiere hacer más. Los talleres sobre un tema pueden ayudarle a hacer las cosas usted solo.
diag-persona-confirmed = Con soltura
diag-persona-confirmed-text = Se siente cómodo con las herramientas digitales. Puede aprender cosas avanzadas y, si quiere, ayudar a otras personas.

## Urgency and why
diag-urgency-high = Urgencia alta: es importante recibir ayuda pronto
diag-urgency-medium = Urgencia media: la ayuda le sería útil
diag-urgency-low = Urgencia baja: se las arregla solo
diag-why-grid = Esto viene de sus competencias y de sus ganas de aprender.
diag-why-no-device = No tiene teléfono, ordenador ni tableta.
diag-why-forms-barrier = No puede rellenar formularios en internet, y leer o el idioma le resulta difícil.

## Advice
diag-advice-step-by-step = Una persona puede ayudarle paso a paso, a su ritmo.
diag-advice-ask-referent = Un trabajador social (por ejemplo, en el CPAS) o una asociación de su barrio puede acompañarle e inscribirle.
diag-advice-first-steps = Los cursos para principiantes le enseñan los primeros pasos con un teléfono o un ordenador.
diag-advice-drop-in = Los puntos de ayuda responden a sus preguntas y le ayudan con los formularios en internet.
diag-advice-themed-workshops = Los talleres cortos sobre un tema (documentos, fotos, seguridad…) le ayudan a hacer más cosas.
diag-advice-advanced-courses = Los cursos avanzados pueden llevarle más lejos, por ejemplo en programación.
diag-advice-volunteer = Podría ayudar a otras personas como voluntario.
diag-advice-equipment-help = Algunos lugares prestan o venden ordenadores a bajo precio.
diag-advice-public-access = En un espacio público digital (EPN) puede usar un ordenador e internet gratis.
diag-advice-free-offers = Muchos talleres y puntos de ayuda son gratuitos.
diag-advice-reading-support = Algunos lugares explican las cosas de forma sencilla, y hay clases para aprender a leer y escribir.
diag-advice-language-support = En algunos lugares hablan su idioma, y hay clases de idiomas.
diag-advice-short-sessions = Las sesiones cortas y la ayuda sin cita encajan en una vida ocupada.
diag-advice-at-your-pace = Nadie le va a juzgar: cada persona aprende a su ritmo.
diag-advice-places-near-you = Hay lugares cerca de usted que pueden ayudarle. Vea la lista de abajo.

## Errors
diag-error-missing = Responda a esta pregunta, por favor.
diag-error-invalid = Elija una de las respuestas, por favor.
diag-error-too-many = Elija solo una respuesta, por favor.
diag-error-none-with-others = Ha elegido «Ninguno» y un aparato. Elija una cosa o la otra, por favor.
