# As páginas públicas do diagnóstico (questionário e resultado). Linguagem clara.

diagp-home-link = Não sabe por onde começar? Avalie as suas competências digitais (cerca de 3 minutos)
diagp-intro-private = Demora cerca de 3 minutos. O questionário é anónimo: nada do que responder é guardado.
diagp-part-devices = Os seus aparelhos e a internet
diagp-part-you = O que quer
diagp-where-label = O seu código postal ou a sua comuna (opcional)
diagp-where-hint = Para ver locais e oficinas perto de si. Por exemplo: 1080 ou Molenbeek.
diagp-submit = Ver o meu resultado
diagp-error-item = Pergunta { $number }: { $message }
diagp-error-where = Escreva um código postal ou o nome de uma comuna (100 caracteres no máximo), por favor.
diagp-profile-title = O seu perfil
diagp-urgency-title = É urgente?
diagp-no-gaps = Já consegue fazer as cinco coisas sobre as quais perguntámos.
diagp-places-title = Locais que o podem ajudar
diagp-places-near = Locais perto de { $place } que o podem ajudar
diagp-places-none = Não encontrámos aqui nenhum local que corresponda a todas as suas respostas.
diagp-where-unknown = Não reconhecemos «{ $where }» como código postal nem como comuna. Aqui estão locais de toda a região.
diagp-add-where = Acrescente o seu código postal para ver locais perto de si.
diagp-places-all = Ver todos os locais
diagp-sessions-title = Oficinas para si
diagp-sessions-none = Neste momento, nenhuma oficina marcada com lugares livres corresponde às suas respostas.
diagp-sessions-all = Ver todas as oficinas
diagp-refer-place = Encaminhar esta pessoa para { $name }
diagp-refer-session = Encaminhar esta pessoa para «{ $title }»
diagp-nothing-stored = Nada foi guardado. Para guardar este resultado, adicione esta página aos seus marcadores ou imprima-a.
diagp-change = Mudar as minhas respostas
diagp-again = Recomeçar
