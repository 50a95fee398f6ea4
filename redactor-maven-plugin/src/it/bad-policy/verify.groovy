// A broken policy file stops the build with one clear error naming the file and the problem.
def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('redactor: ') && it.contains('policy.yaml') }
assert line != null : 'an error naming the policy file'
assert line.contains('SESSION') || line.contains('category')
assert !log.contains('at dev.redactor') : 'no stack trace'
return true
