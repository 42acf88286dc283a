"""The tracker store: Rasa's SQL store, but every event is masked (bot/privacy.py) before it is written.

Configured in endpoints*.yml as `type: bot.privacy_store.MaskingSQLTrackerStore`. Understanding is not affected:
the message is understood first, with its facts, and only the stored copy is masked. If Rasa cannot load this
class it silently falls back to memory; `bot.serve` therefore stores a probe with an e-mail address at start-up
and refuses to run unless it finds the probe in the database, masked.
"""
from __future__ import annotations

from typing import Any, Iterator

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import install_log_masking, mask_tree

install_log_masking()  # Rasa loads this class at start-up: from then on its log lines are masked too


class MaskingSQLTrackerStore(SQLTrackerStore):
    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield Event.from_parameters(mask_tree(event.as_dict()))
