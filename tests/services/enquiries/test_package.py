"""The package keeps the old module's names, and loads a job's module only when asked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

from parishdesk.services import enquiries


def test_every_public_name_is_importable_and_none_is_a_module_name() -> None:
    modules = {info.name for info in pkgutil.iter_modules(enquiries.__path__)}
    assert set(enquiries.__all__) & modules == set()
    for name in enquiries.__all__:
        assert getattr(enquiries, name) is not None, name
    assert callable(enquiries.detail) and callable(enquiries.save_enquiry)


def test_the_banner_query_loads_neither_replies_nor_letters() -> None:
    code = ("import sys; from parishdesk.services import enquiries; enquiries.group_advice_log;"
            "print(sorted(m for m in sys.modules if m.startswith('parishdesk.services')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert "parishdesk.services.enquiries.group_advice" in loaded
    assert "replies" not in loaded and "parishdesk.services.letters" not in loaded


def test_officer_leave_and_enquiries_import_in_one_direction() -> None:
    code = ("import sys, parishdesk.services.enquiries as e; e.log_enquiry; e.detail; "
            "e.acknowledge; print('parishdesk.services.officer_leave' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
