"""SMS providers' APIs: one interface (:class:`SmsProviderApi`), one adapter per provider.

HTTP only: no database, no Qt. ``services/sending.py`` drives them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ...domain.messages import QT_TRANSLATE_NOOP, UserError
from .base import (
    Capability,
    Chunk,
    ChunkResult,
    CredentialsRefusedError,
    DeliveryReport,
    DeliveryState,
    IncomingReply,
    ProviderError,
    Recipient,
    RejectedError,
    SmsProviderApi,
    TransientError,
    UnsupportedError,
)
from .http import EndpointError, check_endpoint
from .octopush import OctopushApi
from .ovh import OvhCredentials, OvhSmsApi
from .smsfactor import SmsFactorApi


@dataclass(frozen=True)
class CredentialField:
    name: str
    env: str  # the variable the provider's own tools read
    secret: bool = True


@dataclass(frozen=True)
class ApiSpec:
    key: str
    display_name: str
    fields: tuple[CredentialField, ...]
    default_endpoint: str
    needs_service: bool = False


API_SPECS: dict[str, ApiSpec] = {
    spec.key: spec
    for spec in (
        ApiSpec(
            "ovh",
            "OVHcloud SMS",
            (
                CredentialField("application_key", "OVH_APPLICATION_KEY", secret=False),
                CredentialField("application_secret", "OVH_APPLICATION_SECRET"),
                CredentialField("consumer_key", "OVH_CONSUMER_KEY"),
            ),
            "https://eu.api.ovh.com/1.0",
            needs_service=True,
        ),
        ApiSpec(
            "smsfactor",
            "SMSFactor",
            (CredentialField("api_token", "SMSFACTOR_API_TOKEN"),),
            "https://api.smsfactor.com",
        ),
        ApiSpec(
            "octopush",
            "Octopush",
            (
                CredentialField("api_login", "OCTOPUSH_API_LOGIN", secret=False),
                CredentialField("api_key", "OCTOPUSH_API_KEY"),
            ),
            "https://api.octopush.com/v1/public",
        ),
    )
}


class NoApiError(UserError):
    pass


def api_spec(key: str) -> ApiSpec:
    spec = API_SPECS.get(key.strip().lower())
    if spec is None:
        raise NoApiError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The app cannot send through {provider}'s API. It sends through: {known}. "
                "For another provider, export a file instead (campagne batch export).",
            ),
            provider=key,
            known=", ".join(API_SPECS),
        )
    return spec


def build_api(
    key: str,
    credentials: Mapping[str, str],
    *,
    endpoint: str = "",
    service: str = "",
    sender_for_response: bool = False,
    timeout: float | None = None,
    clock: Callable[[], float] | None = None,
) -> SmsProviderApi:
    """The adapter for ``key`` with its credentials (all fields of its spec present)."""
    spec = api_spec(key)
    where = endpoint or spec.default_endpoint
    extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
    if spec.key == "ovh":
        return OvhSmsApi(
            OvhCredentials(
                credentials["application_key"],
                credentials["application_secret"],
                credentials["consumer_key"],
            ),
            service,
            endpoint=where,
            sender_for_response=sender_for_response,
            clock=clock or time.time,
            **extra,
        )
    if spec.key == "smsfactor":
        return SmsFactorApi(credentials["api_token"], endpoint=where, **extra)
    return OctopushApi(
        credentials["api_login"],
        credentials["api_key"],
        endpoint=where,
        **extra,
    )


__all__ = [
    "API_SPECS",
    "ApiSpec",
    "Capability",
    "Chunk",
    "ChunkResult",
    "CredentialField",
    "CredentialsRefusedError",
    "DeliveryReport",
    "DeliveryState",
    "EndpointError",
    "IncomingReply",
    "NoApiError",
    "OctopushApi",
    "OvhCredentials",
    "OvhSmsApi",
    "ProviderError",
    "Recipient",
    "RejectedError",
    "SmsFactorApi",
    "SmsProviderApi",
    "TransientError",
    "UnsupportedError",
    "api_spec",
    "build_api",
    "check_endpoint",
]
