# Diagnostic de fragilité numérique (français). Langage simple : phrases courtes, mots de tous les jours, « vous ».

diag-title = Faites le point sur vos compétences numériques
diag-intro = 12 petites questions sur l'ordinateur, le téléphone et internet. Il n'y a pas de mauvaise réponse. À la fin, vous voyez des conseils et des lieux près de chez vous qui peuvent vous aider.
diag-skills-intro = Savez-vous faire ces choses ?
diag-result-title = Votre résultat
diag-result-gaps = Ce que vous pouvez apprendre
diag-result-advice = Ce qui peut vous aider

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Quels appareils avez-vous ? (plusieurs réponses possibles)
diag-a-equipment-smartphone = Un smartphone
diag-a-equipment-computer = Un ordinateur
diag-a-equipment-tablet = Une tablette
diag-a-equipment-none = Aucun

diag-q-internet = Avez-vous internet à la maison ?
diag-a-internet-yes = Oui
diag-a-internet-phone = Seulement sur mon téléphone
diag-a-internet-no = Non

diag-q-email = Utilisez-vous l'e-mail ?
diag-a-email-alone = Oui, sans aide
diag-a-email-help = Oui, avec de l'aide
diag-a-email-no = Non

diag-q-online-form = Pouvez-vous remplir un formulaire sur internet sans aide ? Par exemple, un formulaire de la commune ou de l'office de l'emploi.
diag-a-online-form-alone = Oui, sans aide
diag-a-online-form-help = Oui, avec de l'aide
diag-a-online-form-no = Non

diag-q-information = Je sais trouver une information sur internet, par exemple l'horaire d'un bus.
diag-a-information-0 = Non
diag-a-information-1 = Avec de l'aide
diag-a-information-2 = Oui, sans aide
diag-a-information-3 = Oui, facilement : je pourrais le montrer à quelqu'un

diag-q-communication = Je sais envoyer un message ou une photo, ou faire un appel vidéo.
diag-a-communication-0 = Non
diag-a-communication-1 = Avec de l'aide
diag-a-communication-2 = Oui, sans aide
diag-a-communication-3 = Oui, facilement : je pourrais le montrer à quelqu'un

diag-q-content-creation = Je sais écrire une lettre sur un ordinateur ou un téléphone et l'enregistrer.
diag-a-content-creation-0 = Non
diag-a-content-creation-1 = Avec de l'aide
diag-a-content-creation-2 = Oui, sans aide
diag-a-content-creation-3 = Oui, facilement : je pourrais le montrer à quelqu'un

diag-q-safety = Je sais reconnaître un faux message (une arnaque), et je protège mes mots de passe.
diag-a-safety-0 = Non
diag-a-safety-1 = Avec de l'aide
diag-a-safety-2 = Oui, sans aide
diag-a-safety-3 = Oui, facilement : je pourrais le montrer à quelqu'un

diag-q-problem-solving = Quand quelque chose ne marche pas sur mon téléphone ou mon ordinateur, je sais trouver une solution.
diag-a-problem-solving-0 = Non
diag-a-problem-solving-1 = Avec de l'aide
diag-a-problem-solving-2 = Oui, sans aide
diag-a-problem-solving-3 = Oui, facilement : je pourrais le montrer à quelqu'un

diag-q-motivation = Aimeriez-vous faire plus de choses avec un ordinateur ou un téléphone ?
diag-a-motivation-0 = Non, pas vraiment
diag-a-motivation-1 = Un peu
diag-a-motivation-2 = Oui
diag-a-motivation-3 = Oui, beaucoup

diag-q-barriers = Qu'est-ce qui est difficile pour vous ? (plusieurs réponses possibles, ou aucune)
diag-a-barriers-reading = Lire et écrire
diag-a-barriers-language = La langue
diag-a-barriers-cost = Le prix d'un appareil ou d'internet
diag-a-barriers-time = Je n'ai pas le temps
diag-a-barriers-fear = J'ai peur de faire une erreur

diag-q-knows-help = Connaissez-vous un lieu près de chez vous où quelqu'un peut vous aider avec l'ordinateur et internet ?
diag-a-knows-help-yes = Oui
diag-a-knows-help-no = Non

## DigComp areas
diag-area-information = Trouver des informations
diag-area-communication = Communiquer
diag-area-content-creation = Créer des documents
diag-area-safety = Se protéger
diag-area-problem-solving = Résoudre des problèmes

## Levels
diag-level-beginner = Débutant
diag-level-intermediate = Intermédiaire
diag-level-advanced = Avancé

## Profiles (the five personae of the study)
diag-persona-no_bearings = Premiers pas, avec un accompagnement
diag-persona-no_bearings-text = L'ordinateur et internet sont nouveaux ou difficiles pour vous, et beaucoup de choses vous freinent. Une personne de confiance peut vous aider, pas à pas.
diag-persona-novice = Vous débutez
diag-persona-novice-text = Vous commencez et vous voulez apprendre. Les cours pour débutants et les permanences sont faits pour vous.
diag-persona-resourceful = Vous vous débrouillez
diag-persona-resourceful-text = Vous savez déjà faire beaucoup de choses. De courts ateliers sur un thème peuvent vous aider à suivre.
diag-persona-motivated = Envie d'apprendre
diag-persona-motivated-text = Vous connaissez les bases, surtout sur votre téléphone, et vous voulez faire plus. Des ateliers sur un thème peuvent vous aider à faire les choses sans aide.
diag-persona-confirmed = À l'aise
diag-persona-confirmed-text = Vous êtes à l'aise avec le numérique. Vous pouvez apprendre des choses avancées, et aider d'autres personnes si vous le souhaitez.

## Urgency and why
diag-urgency-high = Urgence forte : il est important de trouver de l'aide bientôt
diag-urgency-medium = Urgence moyenne : de l'aide serait utile
diag-urgency-low = Urgence faible : vous vous en sortez sans aide
diag-why-grid = Cela vient de vos compétences et de votre envie d'apprendre.
diag-why-no-device = Vous n'avez ni téléphone, ni ordinateur, ni tablette.
diag-why-forms-barrier = Vous ne pouvez pas remplir de formulaire sur internet, et la lecture ou la langue est difficile pour vous.

## Advice
diag-advice-step-by-step = Une personne peut vous aider pas à pas, à votre rythme.
diag-advice-ask-referent = Un assistant social (par exemple au CPAS) ou une association de votre quartier peut vous accompagner et vous inscrire.
diag-advice-first-steps = Des cours pour débutants vous apprennent les premiers pas avec un téléphone ou un ordinateur.
diag-advice-drop-in = Des permanences répondent à vos questions et vous aident avec les formulaires sur internet.
diag-advice-themed-workshops = De courts ateliers sur un thème (documents, photos, sécurité…) vous aident à faire plus.
diag-advice-advanced-courses = Des cours avancés peuvent vous emmener plus loin, par exemple en programmation.
diag-advice-volunteer = Vous pourriez aider d'autres personnes comme bénévole.
diag-advice-equipment-help = Certains lieux prêtent ou vendent des ordinateurs à petit prix.
diag-advice-public-access = Dans un espace public numérique (EPN), vous pouvez utiliser un ordinateur et internet gratuitement.
diag-advice-free-offers = Beaucoup d'ateliers et de permanences sont gratuits.
diag-advice-reading-support = Certains lieux expliquent les choses simplement, et il existe des cours pour apprendre à lire et à écrire.
diag-advice-language-support = Certains lieux parlent votre langue, et il existe des cours de langue.
diag-advice-short-sessions = Des séances courtes et de l'aide sans rendez-vous s'adaptent à une vie chargée.
diag-advice-at-your-pace = Personne ne vous jugera : chacun apprend à son rythme.
diag-advice-places-near-you = Des lieux près de chez vous peuvent vous aider. Voyez la liste ci-dessous.

## Errors
diag-error-missing = Veuillez répondre à cette question.
diag-error-invalid = Veuillez choisir une des réponses.
diag-error-too-many = Veuillez choisir une seule réponse.
diag-error-none-with-others = Vous avez choisi « Aucun » et un appareil. Veuillez choisir l'un ou l'autre.
