"""The label inventory the readers learn: event sub-types (FORMAT.md), cue kinds, roles.

BIO tag lists are built from these, so a model's output layer and its saved
weights agree on the order.
"""

from __future__ import annotations

from frontwatch.reader.types import CUE_KINDS, MODALITIES, ROLES

# event_type -> sub_event_types, exact spelling of ../shared/spec/FORMAT.md
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
    "Political developments": ("Diplomatic contact", "Military aid", "Ceasefire or peace proposal", "Sanctions",
                               "Threat or accusation", "Loss report"),
}
SUB_TO_TYPE = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}
SUB_TYPES = tuple(SUB_TO_TYPE)
# roles a reader tags per trigger: the contract's six plus the claimant ("source")
ARG_ROLES = (*ROLES, "source")


def bio(labels: tuple[str, ...]) -> list[str]:
    return ["O", *(f"{p}-{lab}" for lab in labels for p in ("B", "I"))]


TRIGGER_TAGS = bio(SUB_TYPES)
CUE_TAGS = bio(CUE_KINDS)
ARG_TAGS = bio(ARG_ROLES)
MODALITY_LABELS = list(MODALITIES)
