"""The fingerprint in words (issue #16, item 3): twelve words of BIP-39's standard English
list spelling the same 128 bits as the digit groups, so headquarters and the centre read
the same words for the same key, and any changed byte of a key changes them."""

from __future__ import annotations

import hashlib

from mnemonic import Mnemonic

from rehabdesk.exchange import keys

WORDS = Mnemonic("english")


def test_the_words_spell_the_same_bits_as_the_digits() -> None:
    public = keys.public_of(keys.new_signing_key())
    words = keys.fingerprint_words(public)
    assert len(words.split()) == 12 and all(w in WORDS.wordlist for w in words.split())
    assert WORDS.check(words)  # BIP-39's checksum holds
    bits = bytes(WORDS.to_entropy(words))
    assert bits == hashlib.sha256(public).digest()[:16]
    assert keys.fingerprint(public) == " ".join(
        f"{int.from_bytes(bits[i:i + 2], 'big'):05d}" for i in range(0, 16, 2))


def test_one_changed_byte_changes_the_words() -> None:
    public = keys.public_of(keys.new_signing_key())
    words = keys.fingerprint_words(public)
    for at in range(len(public)):
        changed = bytearray(public)
        changed[at] ^= 0x01
        assert keys.fingerprint_words(bytes(changed)) != words


def test_both_sides_read_the_same_words_from_the_key_files() -> None:
    """The centre's file as headquarters reads it, headquarters' as the centre reads it:
    the words come from the public key alone, so each side's words are the other's."""
    raw = keys.new_signing_key()
    centre = keys.read_centre_public(keys.centre_public_file("KPC", raw))
    assert centre.words == keys.fingerprint_words(keys.public_of(raw))
    private, public = keys.new_hq_keys()
    assert keys.read_hq_public(public).words == keys.read_hq_private(private).public.words
    other = keys.read_hq_public(keys.new_hq_keys()[1])
    assert other.words != keys.read_hq_public(public).words
