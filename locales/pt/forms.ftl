# Formulários: erros que ninguém pode deixar de ver, o questionário uma etapa de cada vez.

# Título de uma página cujo formulário tem erros (no separador, lido primeiro).
form-error-page-title = Erro: { $title }
# Autodiagnóstico, uma pergunta por página.
forms-diag-progress = Pergunta { $step } de { $steps }
forms-diag-next = Continuar
forms-diag-back = Voltar à pergunta anterior
