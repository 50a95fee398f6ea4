// The build failed on the leaking template, naming file, line, column and rule.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] reminders.txt:2:4: rewrite default.patient-name:')
assert log.contains('[ERROR] reminders.txt:2:25: rewrite default.procedure:')
assert log.contains('2 findings at or above rewrite')
assert !log.contains('colonoscopy') : 'the template text is never logged'
def sarif = new File(basedir, 'target/redactor/lint.sarif').text
assert sarif.contains('"ruleId" : "default.patient-name"')
return true
