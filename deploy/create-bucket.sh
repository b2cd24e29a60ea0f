#!/bin/sh
# The bucket Reelforge stores in, with the lifecycle rules every such bucket should have (see the README):
# chunks of renders that never joined go after a day, and parts of uploads a killed process left go after a day.
set -eu
mc alias set store http://s3:9000 "$S3_ACCESS_KEY" "$S3_SECRET_KEY" >/dev/null
mc mb --ignore-existing store/reelforge
mc ilm rule ls store/reelforge 2>/dev/null | grep -q chunks/ || mc ilm rule add --prefix chunks/ --expire-days 1 store/reelforge
# MinIO removes parts of unfinished multipart uploads by itself (after 24 h by default); on AWS S3 add
# AbortIncompleteMultipartUpload (see the README's lifecycle JSON).
