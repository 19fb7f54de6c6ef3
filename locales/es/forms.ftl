# Formularios: errores que nadie puede pasar por alto, el cuestionario pregunta a pregunta.

# Título de una página cuyo formulario tiene errores (en la pestaña, se lee primero).
form-error-page-title = Error: { $title }
# Autoevaluación, una pregunta por página.
forms-diag-progress = Pregunta { $step } de { $steps }
forms-diag-next = Continuar
forms-diag-back = Volver a la pregunta anterior
