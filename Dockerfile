# spbelint in a container: build with the Swift image, run on slim Debian with only the runtime
# libraries. Usage:
#   docker build -t spbelint .
#   docker run --rm -v "$PWD:/work" spbelint check .
FROM swift:6.1-bookworm AS build
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libpoppler-cpp-dev zlib1g-dev pkg-config binutils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/package.sh && mkdir /out && tar -xzf dist/spbelint-*.tar.gz -C /out --strip-components=1

FROM debian:bookworm-slim
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxml2 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libpoppler-cpp0v5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/bin/spbelint /usr/local/bin/spbelint
COPY --from=build /out/share/ /usr/local/share/
WORKDIR /work
ENTRYPOINT ["spbelint"]
CMD ["check", "."]
