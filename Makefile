# make            build a self-contained release binary (Swift runtime linked statically)
# make install    install it with its rule packs, man page and completions under PREFIX
# make dist       the release archive in dist/
# make test       the test suite (the same command CI runs)
PREFIX ?= /usr/local

.PHONY: all build install dist test clean
all: build

build:
	scripts/setup.sh release --static-swift-stdlib

install: build
	scripts/install.sh "$(PREFIX)"

dist:
	scripts/package.sh

test:
	scripts/setup.sh && swift test

clean:
	rm -rf .build dist
