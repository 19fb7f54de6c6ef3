# Passerelle – vocabulary labels (services, audiences, languages, accessibility, prices), in English.
# Short, plain labels shown as tags on place cards.

## Services

service-free-access = Free computer use
service-internet-access = Internet and wifi
service-assisted-access = One-to-one help
service-training = Courses and workshops
service-online-procedures = Help with online forms
service-printing = Printing and scanning
service-equipment = Borrow or get a device
service-repair = Device repair
service-coding-kids = Coding and robots for kids
service-job-search = Help to find a job
service-online-safety = Staying safe online
service-parenting = Parents and screens
service-awareness = Understanding the digital world

## Audiences

public-adults = Adults
public-job-seekers = Job seekers
public-young-people = Young people
public-children = Children
public-seniors = Older people
public-people-with-disabilities = People with disabilities
public-precarity = People in difficult situations
public-women = Women
public-families = Families
public-students = Students
public-newcomers = Newcomers

## Languages

language-fr = French
language-nl = Dutch
language-en = English
language-ar = Arabic
language-tr = Turkish
language-ro = Romanian
language-sq = Albanian
language-pl = Polish
language-pt = Portuguese
language-es = Spanish
language-de = German
language-it = Italian
language-ru = Russian
language-uk = Ukrainian
language-ber = Berber (Tamazight)
language-bg = Bulgarian
language-so = Somali

## Accessibility

accessibility-wheelchair = Wheelchair accessible
accessibility-adapted-equipment = Adapted equipment
accessibility-sign-language = Sign language
accessibility-hearing-loop = Hearing loop
accessibility-easy-read = Easy to read
accessibility-visual-impairment = Help for blind and partially sighted people

## Prices

price-free = Free
price-symbolic = Small fee
price-paid = Paid
