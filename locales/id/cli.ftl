# Kata-kata pressdesk-cli sendiri (bantuan, keluaran, galat argumen) dalam Bahasa Indonesia.
# Setiap kunci di sini juga ada di locales/en/cli.ftl (uji kelengkapan).
