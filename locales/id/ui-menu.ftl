# Menu jendela PressDesk (bilah menu GTK) dalam Bahasa Indonesia.

menu-keluar = Keluar
menu-layar = Layar
menu-bantuan = Bantuan
