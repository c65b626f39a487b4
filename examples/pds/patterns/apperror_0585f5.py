# Extracted from docs/pds/patterns.md:208 by `handbook extract`.
# Edit the page, not this file.
from http import HTTPStatus


class AppError(Exception):
    """Base of every exception the application raises on purpose."""

    status = HTTPStatus.INTERNAL_SERVER_ERROR


class NotFoundError(AppError):
    status = HTTPStatus.NOT_FOUND


class InputValidationError(AppError):
    status = HTTPStatus.BAD_REQUEST


class AuthenticationError(AppError):
    status = HTTPStatus.UNAUTHORIZED


class AuthorizationError(AppError):
    status = HTTPStatus.FORBIDDEN


class ConflictError(AppError):
    status = HTTPStatus.CONFLICT


for cls in AppError.__subclasses__():
    print(f"{cls.__name__:<22} {cls.status.value} {cls.status.phrase}")
    #> NotFoundError          404 Not Found
    #> InputValidationError   400 Bad Request
    #> AuthenticationError    401 Unauthorized
    #> AuthorizationError     403 Forbidden
    #> ConflictError          409 Conflict
