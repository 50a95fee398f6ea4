// The build passed; the log shows the summary and the SARIF report was written.
def log = new File(basedir, 'build.log').text
assert log.contains('redactor lint: 2 files, 4 templates; 0 findings at or above rewrite')
assert !log.contains('wip.txt') : 'excluded drafts are not linted'
def sarif = new File(basedir, 'target/redactor/lint.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"')
return true
