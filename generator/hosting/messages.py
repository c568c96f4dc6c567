"""Messages of publishing to an own server (Indonesian, English); merged into ``generator.messages``.

Each names the server, what went wrong and what to do, and says that the live site keeps serving
the release it served before ({current}).
"""

from __future__ import annotations

LIVE = "Situs yang tayang tidak berubah (rilis {current})."
LIVE_EN = "The live site is unchanged (release {current})."
CHECK_KEYS = "Simpan kunci privat di variabel rahasia CI ETALASE_SSH_KEY dan baris known_hosts server di ETALASE_SSH_KNOWN_HOSTS (lihat docs/panduan-hosting.md)."
CHECK_KEYS_EN = "Keep the private key in the CI secret ETALASE_SSH_KEY and the server's known_hosts line in ETALASE_SSH_KNOWN_HOSTS (see docs/panduan-hosting.md)."

HOSTING_MESSAGES: dict[str, tuple[str, str]] = {
    "publish-site-missing": (
        "Folder site/ belum berisi situs hasil bangun (manifest.json tidak ada). Jalankan python -m generator build dahulu, lalu publish.",
        "site/ holds no built site (no manifest.json). Run python -m generator build first, then publish.",
    ),
    "publish-site-corrupt": (
        "Berkas di site/ tidak sama dengan SHA-256 di manifest.json: {files}. Situs tidak diunggah. Bangun ulang dengan python -m generator build.",
        "Files in site/ do not match their SHA-256 in manifest.json: {files}. Nothing was uploaded. Build again with python -m generator build.",
    ),
    "publish-host-key-missing": (
        "Kunci host server belum disematkan, jadi Etalase tidak akan tersambung (kunci host tidak pernah diterima begitu saja). Ambil kunci host dari server sendiri (ssh-keyscan dijalankan di server, atau dari /etc/ssh/ssh_host_ed25519_key.pub), tulis sebagai baris known_hosts di variabel rahasia CI ETALASE_SSH_KNOWN_HOSTS atau berkas --known-hosts.",
        "The server's host key is not pinned, so Etalase will not connect (a host key is never accepted blindly). Take the host key from the server itself (ssh-keyscan run on the server, or /etc/ssh/ssh_host_ed25519_key.pub) and give it as a known_hosts line in the CI secret ETALASE_SSH_KNOWN_HOSTS or the file --known-hosts.",
    ),
    "publish-host-key-unknown": (
        "Kunci host server tidak sama dengan kunci yang disematkan di known_hosts ({detail}). Jangan lanjutkan sebelum pengelola server memastikan kunci yang benar: bisa jadi server diganti, atau sambungan disadap. Bila kunci server memang diganti, perbarui ETALASE_SSH_KNOWN_HOSTS. " + LIVE,
        "The server's host key differs from the one pinned in known_hosts ({detail}). Do not go on until the server's administrator confirms the right key: the server may have been replaced, or the connection intercepted. If the server's key was changed on purpose, update ETALASE_SSH_KNOWN_HOSTS. " + LIVE_EN,
    ),
    "publish-unreachable": (
        "Server tidak dapat dihubungi ({detail}). Periksa nama host, port SSH dan firewall (runner CI harus boleh tersambung ke port SSH server), lalu jalankan ulang. " + LIVE,
        "The server cannot be reached ({detail}). Check the host name, the SSH port and the firewall (the CI runner must be allowed to reach the server's SSH port), then run again. " + LIVE_EN,
    ),
    "publish-auth-failed": (
        "Server menolak kunci SSH ({detail}). Pastikan kunci publik pasangan ETALASE_SSH_KEY ada di ~/.ssh/authorized_keys pengguna deploy di server dan namanya benar. " + CHECK_KEYS + " " + LIVE,
        "The server refused the SSH key ({detail}). Make sure the public half of ETALASE_SSH_KEY is in the deploy user's ~/.ssh/authorized_keys on the server and the user name is right. " + CHECK_KEYS_EN + " " + LIVE_EN,
    ),
    "publish-no-rsync": (
        "Program {tool} tidak ada di server. Minta pengelola server memasangnya (Debian/Ubuntu: apt-get install rsync coreutils), atau beri lokasinya dengan --remote-rsync. " + LIVE,
        "The program {tool} is not on the server. Ask the server's administrator to install it (Debian/Ubuntu: apt-get install rsync coreutils), or give its location with --remote-rsync. " + LIVE_EN,
    ),
    "publish-target-foreign": (
        "Folder tujuan di server sudah berisi berkas lain (bukan rilis Etalase: tidak ada .etalase-target, atau current bukan tautan simbolik). Etalase tidak menimpanya. Pilih folder kosong, mis. /srv/etalase, lalu arahkan root nginx ke <folder>/current. " + LIVE,
        "The target folder on the server already holds other files (not Etalase releases: no .etalase-target, or current is not a symbolic link). Etalase does not overwrite it. Choose an empty folder, e.g. /srv/etalase, and point nginx's root at <folder>/current. " + LIVE_EN,
    ),
    "publish-target-denied": (
        "Pengguna deploy tidak boleh menulis di folder tujuan. Minta pengelola server membuat folder itu dan menjadikan pengguna deploy pemiliknya (chown). " + LIVE,
        "The deploy user may not write in the target folder. Ask the server's administrator to create it and make the deploy user its owner (chown). " + LIVE_EN,
    ),
    "publish-no-space": (
        "Ruang disk server tidak cukup: rilis butuh {need_mb} MB, tersedia {free_mb} MB. Kosongkan ruang, atau simpan lebih sedikit rilis dengan --keep. Unggahan yang belum selesai dihapus. " + LIVE,
        "Not enough disk space on the server: the release needs {need_mb} MB, {free_mb} MB are free. Free some space, or keep fewer releases with --keep. The unfinished upload was removed. " + LIVE_EN,
    ),
    "publish-disk-full": (
        "Disk server penuh di tengah unggahan ({detail}). Rilis baru tidak dipasang dan sisa unggahannya dihapus. Kosongkan ruang di server (banyak berkas kecil memakan lebih banyak ruang dari ukurannya), atau simpan lebih sedikit rilis dengan --keep, lalu jalankan publish lagi. " + LIVE,
        "The server's disk filled up during the upload ({detail}). The new release was not switched in and its remains were removed. Free space on the server (many small files take more room than their size), or keep fewer releases with --keep, then run publish again. " + LIVE_EN,
    ),
    "publish-upload-failed": (
        "Unggahan terputus sebelum selesai ({detail}). Rilis baru tidak dipasang dan sisa unggahannya dihapus; jalankan publish lagi bila sambungan sudah pulih. " + LIVE,
        "The upload stopped before it finished ({detail}). The new release was not switched in and its remains were removed; run publish again once the connection is back. " + LIVE_EN,
    ),
    "publish-verify-failed": (
        "Berkas yang tiba di server tidak sama dengan SHA-256 rilis ({files}). Rilis tidak dipasang dan dihapus. Periksa disk server, lalu jalankan publish lagi. " + LIVE,
        "Files that reached the server differ from the release's SHA-256 ({files}). The release was not switched in and was removed. Check the server's disk, then run publish again. " + LIVE_EN,
    ),
    "publish-switch-failed": (
        "Tautan current di server tidak dapat diganti ({detail}). Periksa izin folder tujuan. " + LIVE,
        "The current link on the server could not be replaced ({detail}). Check the permissions of the target folder. " + LIVE_EN,
    ),
    "publish-no-previous": (
        "Tidak ada rilis sebelumnya di server untuk dikembalikan (rilis saat ini: {current}). Bangun commit lama dari git (git checkout <commit>, python -m generator build) lalu publish. " + LIVE,
        "There is no earlier release on the server to return to (current release: {current}). Build an older commit from git (git checkout <commit>, python -m generator build) and publish it. " + LIVE_EN,
    ),
}
