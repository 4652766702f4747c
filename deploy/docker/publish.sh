#!/usr/bin/env bash
# Publishes every host self-contained for linux-x64 into deploy/docker/out/<service-id>/ for the images (compose uses the
# four back-end hosts; the Kubernetes manifests also the portal).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/deploy/docker/out"
publish() { # service-id project
  rm -rf "${OUT:?}/$1"
  dotnet publish "$ROOT/$2" -c Release -r linux-x64 --self-contained true -p:UseAppHost=true -o "$OUT/$1" -nologo -v q
  echo "published $1"
}
publish talent-registry services/TalentRegistry/TalentRegistry.Api/TalentRegistry.Api.csproj
publish policy-matching services/PolicyMatching/PolicyMatching.Api/PolicyMatching.Api.csproj
publish housing services/Housing/Housing.Api/Housing.Api.csproj
publish gateway gateway/TalentPortal.Gateway/TalentPortal.Gateway.csproj
publish portal gateway/TalentPortal.Portal/TalentPortal.Portal.csproj
