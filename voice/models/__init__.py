"""Voice's data model. Times are stored as naive UTC; they are shown in UK local time."""

from voice.models.analysis import Comment, CommentTheme, TagCorrection
from voice.models.areas import LocalArea
from voice.models.base import utcnow
from voice.models.exports import EXPORT_FORMATS, EXPORT_STATUSES, ExportJob
from voice.models.inspections import (
    AUDIENCES,
    INSPECTION_KINDS,
    Inspection,
    Survey,
)
from voice.models.mail import MailMessage, SafeguardingAlert  # noqa: F401
from voice.models.responses import Answer, Draft, Response
from voice.models.users import AuditEvent, User, inspection_assignments
from voice.models.webinar import WebinarGroup, WebinarQuestion  # noqa: F401
from voice.models.you_said import YOU_SAID_STATUSES, YouSaidPage, YouSaidQuote

__all__ = [
    "AUDIENCES",
    "INSPECTION_KINDS",
    "Answer",
    "AuditEvent",
    "Comment",
    "CommentTheme",
    "Draft",
    "EXPORT_FORMATS",
    "EXPORT_STATUSES",
    "ExportJob",
    "Inspection",
    "LocalArea",
    "Response",
    "Survey",
    "TagCorrection",
    "User",
    "YOU_SAID_STATUSES",
    "YouSaidPage",
    "YouSaidQuote",
    "inspection_assignments",
    "utcnow",
]
