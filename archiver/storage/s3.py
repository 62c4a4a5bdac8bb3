"""WARC files in S3-compatible object storage through boto3 (AWS S3, Ceph RGW, Garage, SeaweedFS, MinIO…).

``s3://BUCKET/PREFIX`` names where; credentials come from boto3's usual chain (``AWS_ACCESS_KEY_ID``…,
``~/.aws``), the endpoint from ``s3_endpoint_url``. Objects are written once: ``IfNoneMatch='*'`` makes
the store refuse to overwrite (servers that ignore it still never see a name twice, as names are unique).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from archiver.errors import ArchiveError, UsageError, one_line


class S3Storage:
    def __init__(self, url: str, endpoint_url: str = "") -> None:
        parts = urlsplit(url)
        if parts.scheme != "s3" or not parts.netloc:
            raise UsageError(f"storage_url {url!r} is not s3://BUCKET/PREFIX")
        self.url, self.bucket = url, parts.netloc
        self.prefix = parts.path.strip("/")
        config = Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"addressing_style": "path"},
                        connect_timeout=10, read_timeout=60)
        self.client: Any = boto3.client("s3", endpoint_url=endpoint_url or None, config=config)

    def _key(self, name: str) -> str:
        return f"{self.prefix}/{name}" if self.prefix else name

    def upload(self, path: Path, name: str) -> None:
        try:
            self._put(path, name, {"IfNoneMatch": "*"})
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code == "PreconditionFailed" and self.size(name) == path.stat().st_size:
                return  # uploaded before (a crash between upload and removing the local copy)
            if code not in ("NotImplemented", "501"):
                raise ArchiveError(f"cannot upload {name} to {self.url}: {one_line(exc)}") from exc
            if self.size(name) is not None:  # a store without conditional writes: check first, then write
                raise ArchiveError(f"{self.url} already holds {name}; not replacing it") from exc
            try:
                self._put(path, name, {})
            except ClientError as again:
                raise ArchiveError(f"cannot upload {name} to {self.url}: {one_line(again)}") from again

    def _put(self, path: Path, name: str, conditions: dict[str, str]) -> None:
        """put_object; the store's refusals (ClientError) are left to upload to sort out."""
        try:
            with open(path, "rb") as handle:
                self.client.put_object(Bucket=self.bucket, Key=self._key(name), Body=handle, **conditions)
        except (BotoCoreError, OSError) as exc:
            raise ArchiveError(f"cannot upload {name} to {self.url}: {one_line(exc)}") from exc

    def open_at(self, name: str, offset: int, length: int | None = None) -> BinaryIO:
        end = "" if length is None else str(offset + length - 1)
        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self._key(name), Range=f"bytes={offset}-{end}")
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "InvalidRange":  # at or past the end, as a file
                return io.BytesIO()
            raise ArchiveError(f"cannot read {name} at {offset} from {self.url}: {one_line(exc)}") from exc
        except BotoCoreError as exc:
            raise ArchiveError(f"cannot read {name} at {offset} from {self.url}: {one_line(exc)}") from exc
        return cast(BinaryIO, answer["Body"])

    def size(self, name: str) -> int | None:
        try:
            return int(self.client.head_object(Bucket=self.bucket, Key=self._key(name))["ContentLength"])
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise ArchiveError(f"cannot ask {self.url} about {name}: {one_line(exc)}") from exc

    def modified(self, name: str) -> datetime | None:
        try:
            return cast(datetime, self.client.head_object(Bucket=self.bucket, Key=self._key(name))["LastModified"])
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise ArchiveError(f"cannot ask {self.url} about {name}: {one_line(exc)}") from exc

    def names(self) -> Iterator[str]:
        start = f"{self.prefix}/" if self.prefix else ""
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=start + "warcs/")
        for page in pages:
            for item in page.get("Contents", []):
                yield str(item["Key"])[len(start):]

    def delete(self, name: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(name))
