# Back office: accounts, sign-in, navigation.

forbidden-title = You may not open this page
forbidden-text = Your account does not give access to this page. If you think it should, ask the coordination.
csrf-title = This form has expired
csrf-text = For your safety, the form could not be sent. Go back, reload the page and send it again: what you typed is still in the form if you use the back button.
form-errors-title = There is a problem
bo-nav = Back office
bo-home = Back office home
bo-title = Back office
bo-welcome = Hello { $name }. You are signed in as { $role }.
bo-signed-in-as = Signed in as
bo-find-place = Find a place for someone
bo-places = Places
bo-users = Accounts
bo-organisations = Organisations
logout = Sign out
login-title = Sign in
login-intro = The back office is for the public digital spaces, the social workers and the coordination. You do not need an account to find help.
login-button = Sign in
login-signed-out = You are signed out.
login-password-set = Your password is saved. You can sign in now.
field-email = E-mail address
field-password = Password
field-new-password = New password
field-confirm-password = Type the new password again
field-name = Name
field-role = Role
field-organisation = Organisation
forgot-link = Forgot your password?
forgot-title = Choose a new password
forgot-intro = Type the e-mail address of your account. We will send you a link to choose a new password. The link works for one hour.
forgot-button = Send me a link
forgot-sent = If an account uses this address, we sent it a link. Check your e-mails, also the spam folder.
reset-title = Choose a new password
invite-title = Welcome: choose your password
new-password-for = Account: { $email }
password-hint = At least { $min } characters. A sentence of several words is easy to remember and hard to guess.
save-password = Save the password
link-expired-title = This link does not work any more
link-expired-text = The link was already used or is too old. Ask for a new one.
error-email-missing = Type your e-mail address.
error-email-invalid = Type an e-mail address like name@example.org.
error-email-taken = An account already uses this e-mail address.
error-password-missing = Type your password.
error-login-failed = The e-mail address or the password is not right. Check both and try again.
error-login-throttled = Too many attempts. For your safety, wait 15 minutes before you try again, or choose a new password.
error-password-short = The password must have at least { $min } characters.
error-password-long = The password is too long: 256 characters at most.
error-password-email = The password must not be your e-mail address.
error-password-confirm = The two passwords are not the same. Type them again.
error-name-missing = Type the person's name.
error-role = Choose a role from the list.
error-organisation-needed = Choose the organisation: this role needs one.
mail-invite-subject = Your account on Passerelle
mail-invite-body = Hello { $name },

    An account was created for you on Passerelle. Choose your password with this link (it works for 7 days):

    { $link }

    If you did not expect this message, you can ignore it.
mail-reset-subject = Choose a new password
mail-reset-body = Hello { $name },

    Someone asked to change the password of your account. Choose a new password with this link (it works for one hour):

    { $link }

    If it was not you, ignore this message: your password does not change.
role-admin = administrator
role-coordinator = coordinator
role-epn_manager = EPN manager
role-referrer = referrer (social worker)
role-committee = committee member
role-jury = jury member
role-applicant = organisation applying to calls for projects
users-title = Accounts
invite-heading = Invite someone
invite-intro = The person receives an e-mail with a link to choose their password.
invite-organisation-hint = Needed for EPN managers (their organisation) and referrers (their structure).
invite-button = Send the invitation
invite-sent = The invitation was sent.
invite-not-sent = The account was created but the e-mail could not be sent. Check the mail settings, then use "Forgot your password?".
organisations-title = Organisations
organisations-intro = The changes of a trusted organisation are published at once. The changes of the others wait for the coordination to check them.
organisation-trusted = Trusted
organisation-trust = Trust
organisation-untrust = Stop trusting
actions = Actions
yes = Yes
no = No
