# Área de gestão: contas, início de sessão, navegação.

forbidden-title = Não pode abrir esta página
forbidden-text = A sua conta não dá acesso a esta página. Se acha que deveria dar, pergunte à coordenação.
csrf-title = Este formulário expirou
csrf-text = Por segurança, não foi possível enviar o formulário. Volte atrás, recarregue a página e envie-o de novo: o que escreveu continua no formulário se usar o botão «voltar».
form-errors-title = Há um problema
bo-nav = Área de gestão
bo-home = Início da área de gestão
bo-title = Área de gestão
bo-welcome = Olá, { $name }. Tem sessão iniciada como { $role }.
bo-signed-in-as = Sessão iniciada como
bo-find-place = Encontrar um local para alguém
bo-places = Locais
bo-users = Contas
bo-organisations = Organizações
logout = Terminar sessão
login-title = Iniciar sessão
login-intro = A área de gestão é para os espaços públicos digitais, os assistentes sociais e a coordenação. Não precisa de conta para encontrar ajuda.
login-button = Iniciar sessão
login-signed-out = A sua sessão foi terminada.
login-password-set = A sua palavra-passe foi guardada. Já pode iniciar sessão.
field-email = Endereço de e-mail
field-password = Palavra-passe
field-new-password = Nova palavra-passe
field-confirm-password = Escreva de novo a nova palavra-passe
field-name = Nome
field-role = Função
field-organisation = Organização
forgot-link = Esqueceu-se da palavra-passe?
forgot-title = Escolha uma nova palavra-passe
forgot-intro = Escreva o endereço de e-mail da sua conta. Vamos enviar-lhe uma ligação para escolher uma nova palavra-passe. A ligação funciona durante uma hora.
forgot-button = Enviar-me uma ligação
forgot-sent = Se houver uma conta com este endereço, enviámos-lhe uma ligação. Veja os seus e-mails, também na pasta de spam.
reset-title = Escolha uma nova palavra-passe
invite-title = Boas-vindas: escolha a sua palavra-passe
new-password-for = Conta: { $email }
password-hint = Pelo menos { $min } caracteres. Uma frase com várias palavras é fácil de lembrar e difícil de adivinhar.
save-password = Guardar a palavra-passe
link-expired-title = Esta ligação já não funciona
link-expired-text = A ligação já foi usada ou é demasiado antiga. Peça uma nova.
error-email-missing = Escreva o seu endereço de e-mail.
error-email-invalid = Escreva um endereço de e-mail como nome@example.org.
error-email-taken = Já existe uma conta com este endereço de e-mail.
error-password-missing = Escreva a sua palavra-passe.
error-login-failed = O endereço de e-mail ou a palavra-passe não estão certos. Verifique os dois e tente de novo.
error-login-throttled = Demasiadas tentativas. Por segurança, espere 15 minutos antes de tentar de novo, ou escolha uma nova palavra-passe.
error-password-short = A palavra-passe tem de ter pelo menos { $min } caracteres.
error-password-long = A palavra-passe é demasiado longa: 256 caracteres no máximo.
error-password-email = A palavra-passe não pode ser o seu endereço de e-mail.
error-password-confirm = As duas palavras-passe não são iguais. Escreva-as de novo.
error-name-missing = Escreva o nome da pessoa.
error-role = Escolha uma função da lista.
error-organisation-needed = Escolha a organização: esta função precisa de uma.
mail-invite-subject = A sua conta no Passerelle
mail-invite-body = Olá, { $name }:

    Foi criada uma conta para si no Passerelle. Escolha a sua palavra-passe com esta ligação (funciona durante 7 dias):

    { $link }

    Se não estava à espera desta mensagem, pode ignorá-la.
mail-reset-subject = Escolha uma nova palavra-passe
mail-reset-body = Olá, { $name }:

    Alguém pediu para mudar a palavra-passe da sua conta. Escolha uma nova palavra-passe com esta ligação (funciona durante uma hora):

    { $link }

    Se não fez este pedido, ignore esta mensagem: a sua palavra-passe não muda.
role-admin = administrador
role-coordinator = coordenador
role-epn_manager = responsável de EPN
role-referrer = técnico de encaminhamento (assistente social)
role-committee = membro do comité
role-jury = membro do júri
role-applicant = organização candidata a concursos de projetos
users-title = Contas
invite-heading = Convidar alguém
invite-intro = A pessoa recebe um e-mail com uma ligação para escolher a sua palavra-passe.
invite-organisation-hint = Necessária para os responsáveis de EPN (a sua organização) e para os técnicos de encaminhamento (a sua estrutura).
invite-button = Enviar o convite
invite-sent = O convite foi enviado.
invite-not-sent = A conta foi criada, mas não foi possível enviar o e-mail. Verifique as definições de correio e depois use «Esqueceu-se da palavra-passe?».
organisations-title = Organizações
organisations-intro = As alterações de uma organização de confiança são publicadas logo. As alterações das outras esperam que a coordenação as verifique.
organisation-trusted = De confiança
organisation-trust = Confiar
organisation-untrust = Deixar de confiar
actions = Ações
yes = Sim
no = Não
