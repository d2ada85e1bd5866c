# The PressDesk application menu in English.
# Every key here is also in locales/id/menu.ftl (the completeness test).
