"""Live sync between the laptops of one room (docs/room-protocol.md, "Laptops").

Qt-free and network-free: the signed messages (``wire``), the exchange of ops
between two databases (``exchange``), photos' pictures after them
(``pictures``) and pairing (``pairing``). The room server
carries the messages over HTTP (``room/sync_http.py``, ``room/sync_client.py``);
the tests carry them in memory.
"""
