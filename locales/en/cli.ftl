# pressdesk-cli's own words (help, output, argument errors) in English.
# Every key here is also in locales/id/cli.ftl (the completeness test).
