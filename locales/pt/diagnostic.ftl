# Diagnóstico de fragilidade digital (português). Linguagem clara: frases curtas, palavras do dia a dia.

diag-title = Avalie as suas competências digitais
diag-intro = 12 perguntas curtas sobre computadores, telemóveis e internet. Não há respostas erradas. No fim, vê conselhos e locais perto de si que o podem ajudar.
diag-skills-intro = Consegue fazer estas coisas?
diag-result-title = O seu resultado
diag-result-gaps = Coisas que pode aprender
diag-result-advice = O que o pode ajudar

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Que aparelhos tem? (escolha todos os que tem)
diag-a-equipment-smartphone = Um smartphone
diag-a-equipment-computer = Um computador
diag-a-equipment-tablet = Um tablet
diag-a-equipment-none = Nenhum

diag-q-internet = Tem internet em casa?
diag-a-internet-yes = Sim
diag-a-internet-phone = Só no telemóvel
diag-a-internet-no = Não

diag-q-email = Usa o e-mail?
diag-a-email-alone = Sim, sem ajuda
diag-a-email-help = Sim, com ajuda
diag-a-email-no = Não

diag-q-online-form = Consegue preencher sem ajuda um formulário na internet? Por exemplo, um formulário da comuna ou do serviço de emprego.
diag-a-online-form-alone = Sim, sem ajuda
diag-a-online-form-help = Sim, com ajuda
diag-a-online-form-no = Não

diag-q-information = Consigo encontrar informações na internet, por exemplo um horário de autocarros.
diag-a-information-0 = Não
diag-a-information-1 = Com ajuda
diag-a-information-2 = Sim, sem ajuda
diag-a-information-3 = Sim, facilmente: podia mostrar a alguém

diag-q-communication = Consigo enviar uma mensagem ou uma fotografia, ou fazer uma videochamada.
diag-a-communication-0 = Não
diag-a-communication-1 = Com ajuda
diag-a-communication-2 = Sim, sem ajuda
diag-a-communication-3 = Sim, facilmente: podia mostrar a alguém

diag-q-content-creation = Consigo escrever uma carta num computador ou num telemóvel e guardá-la.
diag-a-content-creation-0 = Não
diag-a-content-creation-1 = Com ajuda
diag-a-content-creation-2 = Sim, sem ajuda
diag-a-content-creation-3 = Sim, facilmente: podia mostrar a alguém

diag-q-safety = Consigo reconhecer uma mensagem falsa (uma burla) e protejo as minhas palavras-passe.
diag-a-safety-0 = Não
diag-a-safety-1 = Com ajuda
diag-a-safety-2 = Sim, sem ajuda
diag-a-safety-3 = Sim, facilmente: podia mostrar a alguém

diag-q-problem-solving = Quando alguma coisa não funciona no meu telemóvel ou no meu computador, consigo encontrar uma solução.
diag-a-problem-solving-0 = Não
diag-a-problem-solving-1 = Com ajuda
diag-a-problem-solving-2 = Sim, sem ajuda
diag-a-problem-solving-3 = Sim, facilmente: podia mostrar a alguém

diag-q-motivation = Gostava de fazer mais coisas com um computador ou um telemóvel?
diag-a-motivation-0 = Não, nem por isso
diag-a-motivation-1 = Um pouco
diag-a-motivation-2 = Sim
diag-a-motivation-3 = Sim, muito

diag-q-barriers = O que é que lhe torna isto difícil? (escolha todas as respostas certas para si, ou nenhuma)
diag-a-barriers-reading = Ler e escrever
diag-a-barriers-language = A língua
diag-a-barriers-cost = O preço de um aparelho ou da internet
diag-a-barriers-time = Não tenho tempo
diag-a-barriers-fear = Tenho medo de fazer alguma coisa mal

diag-q-knows-help = Conhece um local perto de si onde alguém o pode ajudar com computadores e internet?
diag-a-knows-help-yes = Sim
diag-a-knows-help-no = Não

## DigComp areas
diag-area-information = Encontrar informação
diag-area-communication = Comunicar
diag-area-content-creation = Fazer documentos
diag-area-safety = Estar em segurança
diag-area-problem-solving = Resolver problemas

## Levels
diag-level-beginner = Principiante
diag-level-intermediate = Intermédio
diag-level-advanced = Avançado

## Profiles (the five personae of the study)
diag-persona-no_bearings = Primeiros passos, com acompanhamento
diag-persona-no_bearings-text = Os computadores e a internet são novos ou difíceis para si, e há muitas coisas que atrapalham. Uma pessoa da sua confiança pode ajudá-lo, passo a passo.
diag-persona-novice = Principiante
diag-persona-novice-text = Está a começar e quer aprender. Os cursos para principiantes e os balcões de ajuda são feitos para si.
diag-persona-resourceful = Desenrasca-se
diag-persona-resourceful-text = Já sabe fazer muitas coisas. Oficinas curtas sobre um tema podem ajudá-lo a manter-se a par.
diag-persona-motivated = Com vontade de aprender
diag-persona-motivated-text = Sabe o básico, sobretudo no telemóvel, e quer fazer mais. Oficinas sobre um tema podem ajudá-lo a fazer as coisas sem ajuda.
diag-persona-confirmed = À vontade
diag-persona-confirmed-text = Está à vontade com as ferramentas digitais. Pode aprender coisas avançadas e, se quiser, ajudar outras pessoas.

## Urgency and why
diag-urgency-high = Urgência alta: é importante ter ajuda em breve
diag-urgency-medium = Urgência média: uma ajuda seria útil
diag-urgency-low = Urgência baixa: consegue desenrascar-se sem ajuda
diag-why-grid = Isto vem das suas competências e da sua vontade de aprender.
diag-why-no-device = Não tem telemóvel, computador nem tablet.
diag-why-forms-barrier = Não consegue preencher formulários na internet, e ler ou a língua são difíceis para si.

## Advice
diag-advice-step-by-step = Uma pessoa pode ajudá-lo passo a passo, ao seu ritmo.
diag-advice-ask-referent = Um assistente social (por exemplo, no CPAS) ou uma associação do seu bairro pode acompanhá-lo e inscrevê-lo.
diag-advice-first-steps = Os cursos para principiantes ensinam-lhe os primeiros passos com um telemóvel ou um computador.
diag-advice-drop-in = Os balcões de ajuda respondem às suas perguntas e ajudam-no com os formulários na internet.
diag-advice-themed-workshops = Oficinas curtas sobre um tema (documentos, fotografias, segurança…) ajudam-no a fazer mais.
diag-advice-advanced-courses = Os cursos avançados podem levá-lo mais longe, por exemplo na programação.
diag-advice-volunteer = Podia ajudar outras pessoas em voluntariado.
diag-advice-equipment-help = Alguns locais emprestam ou vendem computadores a preço baixo.
diag-advice-public-access = Num espaço público digital (EPN), pode usar um computador e a internet de graça.
diag-advice-free-offers = Muitas oficinas e balcões de ajuda são gratuitos.
diag-advice-reading-support = Alguns locais explicam as coisas de forma simples, e há aulas para aprender a ler e a escrever.
diag-advice-language-support = Alguns locais falam a sua língua, e há aulas de línguas.
diag-advice-short-sessions = Sessões curtas e ajuda sem marcação adaptam-se a uma vida ocupada.
diag-advice-at-your-pace = Ninguém o vai julgar: cada pessoa aprende ao seu ritmo.
diag-advice-places-near-you = Há locais perto de si que podem ajudar. Veja a lista abaixo.

## Errors
diag-error-missing = Responda a esta pergunta, por favor.
diag-error-invalid = Escolha uma das respostas, por favor.
diag-error-too-many = Escolha só uma resposta, por favor.
diag-error-none-with-others = Escolheu «Nenhum» e um aparelho. Escolha um ou outro, por favor.
