"""Messages of publishing to an own server (Indonesian, English); merged into ``generator.report.messages``.

Each names the server, what went wrong and what to do, and says that the live site keeps serving
the release it served before ({current}).
"""

from __future__ import annotations

from generator.i18n import N_

LIVE = "Situs yang tayang tidak berubah (rilis {current})."
LIVE_EN = "The live site is unchanged (release {current})."
CHECK_KEYS = "Simpan kunci privat di variabel rahasia CI ETALASE_SSH_KEY dan baris known_hosts server di ETALASE_SSH_KNOWN_HOSTS (lihat docs/panduan-hosting.md)."
CHECK_KEYS_EN = "Keep the private key in the CI secret ETALASE_SSH_KEY and the server's known_hosts line in ETALASE_SSH_KNOWN_HOSTS (see docs/panduan-hosting.md)."

HOSTING_MESSAGES: dict[str, str] = {
    "publish-site-missing": N_("Folder site/ belum berisi situs hasil bangun (manifest.json tidak ada). Jalankan python -m generator build dahulu, lalu publish."),
    "publish-site-corrupt": N_("Berkas di site/ tidak sama dengan SHA-256 di manifest.json: {files}. Situs tidak diunggah. Bangun ulang dengan python -m generator build."),
    "publish-host-key-missing": N_("Kunci host server belum disematkan, jadi Etalase tidak akan tersambung (kunci host tidak pernah diterima begitu saja). Ambil kunci host dari server sendiri (ssh-keyscan dijalankan di server, atau dari /etc/ssh/ssh_host_ed25519_key.pub), tulis sebagai baris known_hosts di variabel rahasia CI ETALASE_SSH_KNOWN_HOSTS atau berkas --known-hosts."),
    "publish-host-key-unknown": N_("Kunci host server tidak sama dengan kunci yang disematkan di known_hosts ({detail}). Jangan lanjutkan sebelum pengelola server memastikan kunci yang benar: bisa jadi server diganti, atau sambungan disadap. Bila kunci server memang diganti, perbarui ETALASE_SSH_KNOWN_HOSTS. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-unreachable": N_("Server tidak dapat dihubungi ({detail}). Periksa nama host, port SSH dan firewall (runner CI harus boleh tersambung ke port SSH server), lalu jalankan ulang. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-auth-failed": N_("Server menolak kunci SSH ({detail}). Pastikan kunci publik pasangan ETALASE_SSH_KEY ada di ~/.ssh/authorized_keys pengguna deploy di server dan namanya benar. Simpan kunci privat di variabel rahasia CI ETALASE_SSH_KEY dan baris known_hosts server di ETALASE_SSH_KNOWN_HOSTS (lihat docs/panduan-hosting.md). Situs yang tayang tidak berubah (rilis {current})."),
    "publish-no-rsync": N_("Program {tool} tidak ada di server. Minta pengelola server memasangnya (Debian/Ubuntu: apt-get install rsync coreutils), atau beri lokasinya dengan --remote-rsync. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-target-foreign": N_("Folder tujuan di server sudah berisi berkas lain (bukan rilis Etalase: tidak ada .etalase-target, atau current bukan tautan simbolik). Etalase tidak menimpanya. Pilih folder kosong, mis. /srv/etalase, lalu arahkan root nginx ke <folder>/current. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-target-denied": N_("Pengguna deploy tidak boleh menulis di folder tujuan. Minta pengelola server membuat folder itu dan menjadikan pengguna deploy pemiliknya (chown). Situs yang tayang tidak berubah (rilis {current})."),
    "publish-no-space": N_("Ruang disk server tidak cukup: rilis butuh {need_mb} MB, tersedia {free_mb} MB. Kosongkan ruang, atau simpan lebih sedikit rilis dengan --keep. Unggahan yang belum selesai dihapus. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-disk-full": N_("Disk server penuh di tengah unggahan ({detail}). Rilis baru tidak dipasang dan sisa unggahannya dihapus. Kosongkan ruang di server (banyak berkas kecil memakan lebih banyak ruang dari ukurannya), atau simpan lebih sedikit rilis dengan --keep, lalu jalankan publish lagi. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-upload-failed": N_("Unggahan terputus sebelum selesai ({detail}). Rilis baru tidak dipasang dan sisa unggahannya dihapus; jalankan publish lagi bila sambungan sudah pulih. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-verify-failed": N_("Berkas yang tiba di server tidak sama dengan SHA-256 rilis ({files}). Rilis tidak dipasang dan dihapus. Periksa disk server, lalu jalankan publish lagi. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-switch-failed": N_("Tautan current di server tidak dapat diganti ({detail}). Periksa izin folder tujuan. Situs yang tayang tidak berubah (rilis {current})."),
    "publish-no-previous": N_("Tidak ada rilis sebelumnya di server untuk dikembalikan (rilis saat ini: {current}). Bangun commit lama dari git (git checkout <commit>, python -m generator build) lalu publish. Situs yang tayang tidak berubah (rilis {current})."),
}
