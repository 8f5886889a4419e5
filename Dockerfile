# planctl as a container: `docker build -t planctl .` then
#   docker run --rm -v "$PWD:/work" planctl plan inputs --out reports
# Build stage: the Swift toolchain with Debian's GLPK and libcsv headers.
FROM swift:6.1-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libglpk-dev libcsv-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The manifest names the test target, so its folder must be present to resolve the package.
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product planctl --static-swift-stdlib \
    && cp "$(swift build -c release --show-bin-path)/planctl" /planctl

# Run stage: slim Debian with only the two C libraries' runtime packages.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libglpk40 libcsv3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /planctl /usr/local/bin/planctl
WORKDIR /work
ENTRYPOINT ["planctl"]
CMD ["--help"]
