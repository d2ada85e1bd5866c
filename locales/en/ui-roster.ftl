# PressDesk UI — roster messages in English. Every key here is also in locales/id/ui-roster.ftl.

jadwal-piket = Duty roster
petugas-piket = Officer on duty
tugas = Duty
petugas-piket-2 = Officer on duty { $display }
langkah-mutu-baku-3 = Step { $seq } · { $name } · time standard { $standard_label }.
jadwal-piket-petugas = The officers' duty roster.
pilih-ubah-pada-sebuah-hari = Choose Edit on a day to set its officers.
bulan-sebelumnya = Previous month
bulan-berikutnya = Next month
memuat-jadwal-piket = Loading the duty roster…
jadwal-piket-2 = Duty roster { $label }
piket-pagi-liputan-wali-kota = Morning duty, covering the Mayor…
simpan-jadwal = Save the roster
jadwal-piket-media-center = Media Center Duty Roster

## Messages and labels from the screens' scripts
jadwal-tersimpan = Roster of { $find } saved.
