# The PressDesk window menu (the GTK menu bar) in English.

menu-keluar = Quit
menu-layar = Screens
menu-bantuan = Help
