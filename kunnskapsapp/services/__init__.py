"""Use cases on the portfolio. No Qt here: the UI, the reports and the CLI all use these.

Importing the package registers every entity's rules and derived fields with `crud`.
"""

from kunnskapsapp.services import (  # noqa: F401  (registration on import)
    agreements,
    deadlines,
    funding,
    meetings,
    projects,
    validation,
)
