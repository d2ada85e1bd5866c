# Menu aplikasi PressDesk dalam Bahasa Indonesia.
# Setiap kunci di sini juga ada di locales/en/menu.ftl (uji kelengkapan).
