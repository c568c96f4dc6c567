"""Messages of ``check-links --external`` (msgids of the cli catalogue); merged into ``generator.report.messages``.

The place (DIP row and column, page line, YAML line) comes with the problem; ``{reason}`` and
``{hint}`` are message ids of ``generator/build/external_links.py``.
"""

from __future__ import annotations

from generator.i18n import N_

LINK_MESSAGES: dict[str, str] = {
    "link-broken": N_("Tautan \"{value}\" mati: server menjawab HTTP {status}. {hint}"),
    "link-unreachable": N_("Tautan \"{value}\" tidak dapat dibuka: {reason}. Buka alamat ini di peramban; bila tetap gagal, perbaiki alamatnya, ganti dengan alamat barunya, atau simpan salinan dokumennya di content/dokumen/ dan tautkan jalurnya."),
    "link-moved": N_("Tautan \"{value}\" sudah dipindah secara permanen ke \"{new}\". Ganti tautan ini dengan alamat baru itu, agar warga tidak dialihkan dan tautannya tidak mati bila pengalihan itu dihapus."),
}
