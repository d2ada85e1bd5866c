# PressDesk UI — queue messages in English. Every key here is also in locales/id/ui-queue.ftl.

antrean-saya = My queue
rilis-yang-menunggu-langkah-anda = Releases waiting for your step in { $code }. Opening a release means you start handling it: the waiting time in the queue is recorded apart from the handling time.
menunggu = { $total } waiting
langkah-mutu-baku = Step { $seq } · time standard
hasil = · output: { $output }
tidak-ada-rilis-yang-menunggu-5 = No release is waiting for this step.
peran-anda-tidak-menangani-langkah = Your role handles no queue step in this office's SOP.
memuat-antrean = Loading the queue…
